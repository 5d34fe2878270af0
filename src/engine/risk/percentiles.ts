/**
 * Nearest-rank percentiles (spec section 10.4): sort ascending, pq is the k-th value with
 * k = max(1, ceil(q × runs / 100)). Only three ranks are ever needed, so the values are not sorted
 * but selected (quickselect), which is linear: the bands ask for them at up to 240 months per
 * partner, over up to 10,000 runs.
 */
export const QUANTILES = [10, 50, 90] as const;
export type Quantile = (typeof QUANTILES)[number];

/** The zero-based index of the q-th percentile among n sorted values. */
export function nearestRankIndex(q: number, n: number): number {
  // ceil(q·n/100) in integers: q·n is a small exact integer.
  return Math.max(1, Math.floor((q * n + 99) / 100)) - 1;
}

/** A writable array of numbers or of bigints: a typed array or a plain one. */
export type Slots<T> = { [i: number]: T; length: number };

/**
 * Puts the k-th smallest of a[lo..hi] at a[k], everything before it ≤ it and everything after it
 * ≥ it (Hoare's FIND). Values are numbers or bigints, never mixed.
 */
function selectInPlace<T extends number | bigint>(a: Slots<T>, k: number, lo: number, hi: number) {
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as T;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as T) < pivot) i++;
      while (pivot < (a[j] as T)) j--;
      if (i <= j) {
        const t = a[i] as T;
        a[i] = a[j] as T;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j < k) lo = i;
    if (k < i) hi = j;
  }
}

/**
 * p10, p50 and p90 of the values, which are reordered (pass a scratch copy). Each selection leaves
 * the larger values to its right, so the next, higher rank is searched there only.
 */
export function percentilesInPlace<T extends number | bigint>(values: Slots<T>): [T, T, T] {
  const n = values.length;
  if (n === 0) throw new RangeError('percentiles of no values');
  const out: T[] = [];
  let lo = 0;
  for (const q of QUANTILES) {
    const k = nearestRankIndex(q, n);
    selectInPlace(values, k, lo, n - 1);
    out.push(values[k] as T);
    lo = k;
  }
  return out as [T, T, T];
}
