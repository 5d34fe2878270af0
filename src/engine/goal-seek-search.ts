/**
 * The two searches of goal seek, over integer steps (a field's value × 10^places), as steppers
 * that yield after every evaluation so the caller can pause, report progress or stop.
 * Both look for the smallest step that `reaches` (goal-seek.ts mirrors the axis for "largest").
 */

export type Reaches = (steps: bigint) => boolean;

/** ⌈log2(n)⌉ for n ≥ 1. */
export function log2Ceil(n: bigint): number {
  let bits = 0;
  let x = 1n;
  while (x < n) {
    x *= 2n;
    bits++;
  }
  return bits;
}

export function clamp(v: bigint, min: bigint, max: bigint): bigint {
  if (v < min) return min;
  return v > max ? max : v;
}

/**
 * Smallest v in [min, max] with reaches(v), assuming reaching is monotone (once v reaches, every
 * larger value does), or null if max does not reach. Gallops outward from `start` (the scenario's
 * value: the answer is usually near it, and far-off values can be slow BigInt runs), then bisects.
 * Whatever the function really does, a non-null answer v reaches and v − 1 (if ≥ min) was
 * evaluated and does not.
 */
export function* bisectSmallest(
  reaches: Reaches,
  min: bigint,
  max: bigint,
  start: bigint,
): Generator<void, bigint | null, void> {
  const s = clamp(start, min, max);
  let step = s - min > 1n ? (s - min) / 2n : 1n;
  let lo: bigint; // evaluated, does not reach
  let hi: bigint; // evaluated, reaches
  const startReaches = reaches(s);
  yield;
  if (startReaches) {
    hi = s;
    for (;;) {
      if (hi === min) return min;
      const c = hi - step > min ? hi - step : min;
      const ok = reaches(c);
      yield;
      if (!ok) {
        lo = c;
        break;
      }
      hi = c;
      step *= 2n;
    }
  } else {
    lo = s;
    step = s > 1n ? s / 2n : 1n;
    for (;;) {
      if (lo === max) return null;
      const c = lo + step < max ? lo + step : max;
      const ok = reaches(c);
      yield;
      if (ok) {
        hi = c;
        break;
      }
      lo = c;
      step *= 2n;
    }
  }
  while (hi - lo > 1n) {
    const mid = lo + (hi - lo) / 2n;
    const ok = reaches(mid);
    yield;
    if (ok) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Runs at most needed by bisectSmallest over a range of `width` steps (for progress). */
export function bisectRunBound(width: bigint): number {
  return 2 * log2Ceil(width + 1n) + 3;
}

const MANTISSAS = [10n, 12n, 15n, 20n, 25n, 30n, 40n, 50n, 60n, 80n];

/**
 * The coarse grid of the scan: min, then min + offsets that grow by about 25 % a point (1, 2, 5,
 * then 10, 12, 15, 20, 25, 30, 40, 50, 60, 80 × 10^k steps), then max. Dense where values are
 * small, so typical answers are bracketed tightly; ~140 points cover a range of 10^13 steps.
 */
export function scanGrid(min: bigint, max: bigint): bigint[] {
  const grid = [min];
  const push = (offset: bigint) => {
    if (min + offset < max) grid.push(min + offset);
  };
  for (const o of [1n, 2n, 5n]) push(o);
  for (let p = 1n; min + 10n * p < max; p *= 10n) for (const m of MANTISSAS) push(m * p);
  if (max > min) grid.push(max);
  return grid;
}

/** Sub-points per refinement level. */
const FANOUT = 16n;

/**
 * Smallest v in [min, max] with reaches(v) found by a coarse-to-fine scan, for inputs whose effect
 * need not be monotone: the grid ascending, stopping at the first point that reaches; then the gap
 * below it, FANOUT points at a time, always keeping the lowest reaching point found and the point
 * just below it (which does not reach), until they are one step apart. The answer v reaches and
 * v − 1 does not, and no evaluated value below v reaches; a value between grid points below the
 * bracket may still reach unseen (that is what not being monotone allows).
 * Returns null, with every grid point evaluated, if none reaches.
 */
export function* scanSmallest(
  reaches: Reaches,
  grid: readonly bigint[],
): Generator<void, bigint | null, void> {
  let lo: bigint | null = null;
  let hi: bigint | null = null;
  for (const g of grid) {
    const ok = reaches(g);
    yield;
    if (ok) {
      hi = g;
      break;
    }
    lo = g;
  }
  if (hi === null) return null;
  if (lo === null) return hi; // the lowest value reaches
  let low: bigint = lo;
  let high: bigint = hi;
  while (high - low > 1n) {
    const from: bigint = low;
    const width = high - from;
    const parts = width < FANOUT ? width : FANOUT;
    for (let i = 1n; i < parts; i++) {
      const c: bigint = from + (width * i) / parts;
      const ok = reaches(c);
      yield;
      if (ok) {
        high = c;
        break;
      }
      low = c;
    }
    // Either a sub-point reached (the gap is now below it) or all failed (the gap is above the last).
  }
  return high;
}

/** Runs at most needed by scanSmallest (for progress): the grid plus 15 per refinement level. */
export function scanRunBound(grid: readonly bigint[]): number {
  let widest = 1n;
  for (let i = 1; i < grid.length; i++) {
    const w = (grid[i] ?? 0n) - (grid[i - 1] ?? 0n);
    if (w > widest) widest = w;
  }
  let levels = 0;
  for (let w = widest; w > 1n; w = (w + FANOUT - 1n) / FANOUT) levels++;
  return grid.length + levels * Number(FANOUT - 1n);
}
