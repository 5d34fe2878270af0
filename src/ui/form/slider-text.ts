import { readNumberEntry } from './number-entry';

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

/**
 * Where the slider's thumb sits for a field's text (grouping such as 1'490 read as the field
 * reads it), clamped to the slider; null when the text is not a number, so the thumb can stay
 * where it was instead of jumping to the start.
 */
export function textToSlider(text: string | null, min: number, max: number): number | null {
  const entry = readNumberEntry(text ?? '');
  const n = !entry.ok || entry.text === '' ? NaN : Number(entry.text);
  if (!Number.isFinite(n)) return null;
  return Math.min(max, Math.max(min, n));
}
