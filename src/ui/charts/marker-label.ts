/** A month marker's label as drawn: its text, where it starts or ends, and on which side. */
export interface PlacedLabel {
  text: string;
  x: number;
  anchor: 'start' | 'end';
}

/** Bold text is estimated at 0.66 em per character: a little wide, so a label never overruns. */
const EM_PER_CHAR = 0.66;
const GAP = 5;

/**
 * Beside its line, on the side with more room (the left in the plot's right half), and on the
 * other side if it only fits there. A label that fits on neither side gives way to its short
 * form; when even that is too long it is pushed inside the plot, so no label covers the axis or
 * is cut at the chart's edge.
 */
export function placeMarkerLabel(
  labels: { label: string; short?: string },
  x: number,
  plot: { left: number; right: number },
  fontSize: number,
): PlacedLabel {
  const texts = labels.short ? [labels.label, labels.short] : [labels.label];
  const preferEnd = x > (plot.left + plot.right) / 2;
  for (const text of texts) {
    const width = text.length * fontSize * EM_PER_CHAR;
    const start: PlacedLabel | null =
      x + GAP + width <= plot.right ? { text, x: x + GAP, anchor: 'start' } : null;
    const end: PlacedLabel | null =
      x - GAP - width >= plot.left ? { text, x: x - GAP, anchor: 'end' } : null;
    const placed = preferEnd ? (end ?? start) : (start ?? end);
    if (placed) return placed;
  }
  const text = texts[texts.length - 1] ?? '';
  const width = text.length * fontSize * EM_PER_CHAR;
  return { text, x: Math.max(plot.left, Math.min(plot.right - width, x + GAP)), anchor: 'start' };
}
