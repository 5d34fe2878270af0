/**
 * Fewer points to draw, same picture. A line with 6,000 months on a 700-pixel plot puts ~9 points
 * in every pixel column; drawing them all costs time and shows nothing more. Per column we keep
 * the first, lowest, highest and last point (the "M4" reduction): the drawn polyline then covers
 * exactly the same pixels as the full one, so peaks, troughs and the zero crossing survive.
 *
 * Only indices are returned: the data itself (and the exact figures tooltips show) are never
 * touched. NaN marks a gap (a month without a value); gaps are kept at column edges.
 */

/** Indices (ascending) of the points to draw for `ys` on a plot `columns` pixels wide. */
export function decimateIndices(ys: ArrayLike<number>, columns: number): Uint32Array {
  const n = ys.length;
  const cols = Math.max(1, Math.floor(columns));
  if (n <= cols * 4) return Uint32Array.from({ length: n }, (_, i) => i);

  const out = new Uint32Array(cols * 4);
  let k = 0;
  for (let c = 0; c < cols; c++) {
    const start = Math.floor((c * n) / cols);
    const end = Math.floor(((c + 1) * n) / cols); // exclusive; columns are never empty here
    let lo = -1;
    let hi = -1;
    for (let i = start; i < end; i++) {
      const y = ys[i] as number;
      if (Number.isNaN(y)) continue;
      if (lo < 0 || y < (ys[lo] as number)) lo = i;
      if (hi < 0 || y > (ys[hi] as number)) hi = i;
    }
    // Keep first, extremes and last in month order, without repeats.
    const picks = [start, lo, hi, end - 1].filter((i) => i >= 0).sort((a, b) => a - b);
    for (const i of picks) {
      if (k === 0 || (out[k - 1] as number) !== i) out[k++] = i;
    }
  }
  return out.slice(0, k);
}

/** A drawn point: a month and a chart coordinate. */
export interface ChartPoint {
  month: number;
  value: number;
}

/** The points to draw of a monthly series (index 0 is month 1). */
export function decimateSeries(ys: ArrayLike<number>, columns: number): ChartPoint[] {
  const idx = decimateIndices(ys, columns);
  const pts: ChartPoint[] = new Array<ChartPoint>(idx.length);
  for (let j = 0; j < idx.length; j++) {
    const i = idx[j] as number;
    pts[j] = { month: i + 1, value: ys[i] as number };
  }
  return pts;
}

/** The points to draw of months `first`..`last` (1-based, inclusive) of a monthly series. */
export function decimateWindow(
  ys: Float64Array,
  first: number,
  last: number,
  columns: number,
): ChartPoint[] {
  const pts = decimateSeries(ys.subarray(Math.max(0, first - 1), last), columns);
  const shift = Math.max(0, first - 1);
  if (shift > 0) for (const p of pts) p.month += shift;
  return pts;
}
