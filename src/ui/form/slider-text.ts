/**
 * Sliders speak JS numbers; fields hold exact text. A slider position is a multiple of its step,
 * so printing it with the step's decimals is exact (0.1 + 0.2 becomes "0.3", not
 * "0.30000000000000004"). Typed values never pass through here.
 */
export function decimalsOf(step: string): number {
  const dot = step.indexOf('.');
  return dot < 0 ? 0 : step.length - dot - 1;
}

export function sliderToText(position: number, step: string): string {
  const text = position.toFixed(decimalsOf(step));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Where the slider's thumb sits for a field's text: clamped to the slider, at min when the text is not a number. */
export function textToSlider(text: string | null, min: number, max: number): number {
  const n = text === null || text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, n));
}
