/**
 * The visible month range of a zoomable chart: pure arithmetic on [first, last] month pairs
 * (both inclusive, 1-based), always kept inside the horizon and at least MIN_SPAN months wide,
 * so a zoomed chart never shows a single point.
 */

export type MonthRange = readonly [first: number, last: number];

export const MIN_SPAN = 6;

/** The whole horizon (a one-month horizon still needs a non-empty x range). */
export function wholeRange(horizon: number): MonthRange {
  return [1, Math.max(horizon, 2)];
}

/** `r` moved and shrunk as needed to lie inside the horizon, at least MIN_SPAN months wide. */
export function clampRange(r: MonthRange, horizon: number): MonthRange {
  const [lo, hi] = wholeRange(horizon);
  const span = Math.min(hi - lo, Math.max(MIN_SPAN - 1, Math.round(r[1]) - Math.round(r[0])));
  let first = Math.round(Math.min(r[0], r[1]));
  first = Math.min(Math.max(lo, first), hi - span);
  return [first, first + span];
}

export function isWhole(r: MonthRange, horizon: number): boolean {
  const w = wholeRange(horizon);
  return r[0] <= w[0] && r[1] >= w[1];
}

/** Zoom by `factor` (< 1 closer, > 1 wider) keeping month `center` where it is on screen. */
export function zoomRange(
  r: MonthRange,
  factor: number,
  horizon: number,
  center = (r[0] + r[1]) / 2,
): MonthRange {
  const t = r[1] === r[0] ? 0.5 : (center - r[0]) / (r[1] - r[0]);
  const span = Math.max(MIN_SPAN - 1, Math.round((r[1] - r[0]) * factor));
  const first = Math.round(center - t * span);
  return clampRange([first, first + span], horizon);
}

/** Move the range by `fraction` of its width (negative: earlier). */
export function panRange(r: MonthRange, fraction: number, horizon: number): MonthRange {
  const d = Math.round((r[1] - r[0]) * fraction) || Math.sign(fraction);
  return clampRange([r[0] + d, r[1] + d], horizon);
}

/** The smallest shift of `r` that brings `month` into view. */
export function rangeShowing(r: MonthRange, month: number, horizon: number): MonthRange {
  if (month < r[0]) return clampRange([month, month + (r[1] - r[0])], horizon);
  if (month > r[1]) return clampRange([month - (r[1] - r[0]), month], horizon);
  return r;
}

/**
 * The range that shows the story up to the first break-even of the partnership: from month 1
 * to a little after the last of the given months (each partner's break-even, both above zero),
 * so the investment dip and the catch-up are legible. No break-even: the whole horizon.
 */
export function fitRange(months: readonly (number | null)[], horizon: number): MonthRange {
  const known = months.filter((m): m is number => m !== null && m >= 1);
  if (known.length === 0) return wholeRange(horizon);
  const last = Math.max(...known);
  const end = last + Math.max(6, Math.ceil(last * 0.25));
  // Nearly the whole horizon anyway: show all of it rather than cut off a few months.
  if (end >= horizon * 0.9) return wholeRange(horizon);
  return clampRange([1, end], horizon);
}
