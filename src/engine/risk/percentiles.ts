/**
 * Nearest-rank percentiles (spec section 10.4): sort ascending, pq is the k-th value with
 * k = max(1, ceil(q × runs / 100)). Only three ranks are ever needed, up to 480 times per analysis
 * (240 band months, two partners) over up to 10,000 runs, so the values are not sorted: a
 * histogram over their range finds the bucket that holds each rank, and only those buckets'
 * values are sorted. That is a few straight passes instead of n log n comparisons.
 */
export const QUANTILES = [10, 50, 90] as const;
export type Quantile = (typeof QUANTILES)[number];

/** The zero-based index of the q-th percentile among n sorted values. */
export function nearestRankIndex(q: number, n: number): number {
  // ceil(q·n/100) in integers: q·n is a small exact integer.
  return Math.max(1, Math.floor((q * n + 99) / 100)) - 1;
}

const MAX_BUCKETS = 4096;
/** Scratch for percentiles(), reused across calls (they are synchronous): no allocation per call. */
let bucketOfValue = new Uint16Array(0);
/** Values looked at for the buckets' bounds. */
const SAMPLE = 256;

/** The least and the greatest of every step-th value. */
function bounds(values: Float64Array, step: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i += step) {
    const v = values[i] ?? 0;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/**
 * p10, p50 and p90 of exact integers held as doubles. The bucket of v is
 * clamp(floor((v − lo) × scale)), which never decreases as v grows (every step is monotone,
 * rounding included), so the buckets are ordered like the values whatever lo and scale are, and
 * even where the float arithmetic is inexact; the values themselves are only compared and copied.
 * So the bounds may come from a sample: a value outside them just joins an end bucket. A good
 * sample keeps the buckets small, and saves a pass over all values.
 */
export function percentiles(values: Float64Array): [number, number, number] {
  const n = values.length;
  if (n === 0) throw new RangeError('percentiles of no values');
  let [lo, hi] = bounds(values, Math.max(1, Math.floor(n / SAMPLE)));
  // Equal samples often mean equal values (months before go-live): then check them all.
  if (lo === hi) [lo, hi] = bounds(values, 1);
  if (lo === hi) return [lo, lo, lo];
  const buckets = Math.min(MAX_BUCKETS, n);
  const scale = buckets / (hi - lo + 1);
  const last = buckets - 1;
  // Each value's bucket, kept for the second pass (at most 4,096 buckets: 16 bits).
  if (bucketOfValue.length < n) bucketOfValue = new Uint16Array(n);
  const bucketOf = bucketOfValue;
  const counts = new Int32Array(buckets);
  for (let i = 0; i < n; i++) {
    const b = Math.max(0, Math.min(last, Math.floor(((values[i] ?? 0) - lo) * scale)));
    bucketOf[i] = b;
    counts[b] = (counts[b] ?? 0) + 1;
  }

  // For each rank: its bucket and its rank among that bucket's values.
  const ranks = QUANTILES.map((q) => nearestRankIndex(q, n));
  const target = ranks.map(() => 0);
  const within = ranks.map(() => 0);
  let below = 0;
  let r = 0;
  for (let b = 0; b < buckets && r < ranks.length; b++) {
    const c = counts[b] ?? 0;
    while (r < ranks.length && (ranks[r] ?? 0) < below + c) {
      target[r] = b;
      within[r] = (ranks[r] ?? 0) - below;
      r++;
    }
    below += c;
  }

  // One more pass collects the target buckets' values (ascending: t0 ≤ t1 ≤ t2; a bucket that
  // holds two ranks is collected once), then each is sorted.
  const [t0, t1, t2] = target as [number, number, number];
  const m0 = new Float64Array(counts[t0] ?? 0);
  const m1 = new Float64Array(t1 === t0 ? 0 : (counts[t1] ?? 0));
  const m2 = new Float64Array(t2 === t1 ? 0 : (counts[t2] ?? 0));
  let [f0, f1, f2] = [0, 0, 0];
  for (let j = 0; j < n; j++) {
    const b = bucketOf[j];
    if (b === t0) m0[f0++] = values[j] ?? 0;
    else if (b === t1) m1[f1++] = values[j] ?? 0;
    else if (b === t2) m2[f2++] = values[j] ?? 0;
  }
  const sorted = [m0.sort(), t1 === t0 ? m0 : m1.sort(), t2 === t1 ? null : m2.sort()];
  const out: number[] = [];
  for (let i = 0; i < 3; i++) {
    const bucket = sorted[i] ?? sorted[i - 1] ?? m0;
    out.push(bucket[within[i] ?? 0] ?? 0);
  }
  return out as [number, number, number];
}

/** The same for bigints (amounts past 2^53, rare): sorted, as speed does not matter there. */
export function bigPercentiles(values: readonly bigint[]): [bigint, bigint, bigint] {
  const n = values.length;
  if (n === 0) throw new RangeError('percentiles of no values');
  const sorted = [...values].sort((x, y) => (x < y ? -1 : Number(x > y)));
  const at = (q: number): bigint => sorted[nearestRankIndex(q, n)] ?? 0n;
  return [at(10), at(50), at(90)];
}
