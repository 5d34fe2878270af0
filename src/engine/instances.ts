import { floorDivBig, mod52, mulMod52, signed52 } from './rounding';
import type { GrowthPlan } from './plan';

/**
 * The instance stock n[m] and billed instances b[m] of spec section 4, in millionths and whole
 * instances. Money plays no part here, so this runs once, before either money loop. Every value
 * is at most 10,000,000 instances = 10^13 millionths, a safe integer.
 */
export interface InstanceSeries {
  instances: Float64Array;
  billed: Float64Array;
  maxBilled: number;
}

const M = 1_000_000;
/**
 * Error bound of the float estimate in stepCapped, per millionth of stock. Inputs are exact
 * integers (p ≤ cap ≤ 10^13, g, c ≤ 10^6; 10^6·cap = maxInstances·10^12 is representable).
 * t1 = g·p·(cap−p)/(10^6·cap) takes 3 roundings of relative size u = 2^-53 and 0 ≤ t1 ≤ p;
 * t2 = c·p/10^6 takes 2 and 0 ≤ t2 ≤ p; t1 − t2 one more, on a value of size ≤ p (both terms are
 * ≥ 0); adding 0.5 and taking the fraction cost at most 2^-53 more. So the estimate of δ + 1/2 is
 * within 6.001·u·p + 2^-53 < (p + 1)·10^-15 of the truth. The margin must scale with p: at a
 * steady state the stock sits where the rounding only just holds it, so a fixed margin would
 * send every month to BigInt.
 */
const ERROR_PER_UNIT = 1e-15;

/** round6(v) − p − new for the logistic case, exactly in BigInt: floor(N/D + 1/2). */
function capDeltaBig(p: number, g: number, c: number, cap: number): number {
  const P = BigInt(p);
  const CAP = BigInt(cap);
  const n = P * (BigInt(g) * (CAP - P) - BigInt(c) * CAP);
  const d = 1_000_000n * CAP;
  return Number(floorDivBig(2n * n + d, 2n * d));
}

const TWO50 = 2 ** 50;

/**
 * floor(τ) for τ = δ + 1/2 = (2N + D)/(2D), N = p·(g·(cap − p) − c·cap), D = 10^6·cap, when the
 * float estimate of τ lies within eps of the integer w (so floor(τ) is w or w − 1). The sign of
 * X = 2N − D·(2w − 1) = 2D·(τ − w) decides. |τ − w| < 2·eps, so |X| < 4·D·eps; when that is below
 * 2^51, X is fixed by its value mod 2^52, which float64 computes exactly (mulMod52). That covers
 * caps up to ~750,000 instances without allocating; larger caps take BigInt.
 */
export function capDeltaNearBoundary(
  p: number,
  g: number,
  c: number,
  cap: number,
  w: number,
  eps: number,
): number {
  if (4 * M * cap * eps >= TWO50) return capDeltaBig(p, g, c, cap);
  const a = mod52(mulMod52(g, cap - p) - mulMod52(c, cap)); // g·(cap − p) − c·cap, mod 2^52
  const twoN = mod52(2 * mulMod52(p, a));
  const k = 2 * w - 1;
  const dk = mulMod52(mulMod52(M, cap), Math.abs(k));
  const x = signed52(mod52(k < 0 ? twoN + dk : twoN - dk));
  return x >= 0 ? w : w - 1;
}

/**
 * One month of logistic growth, unclamped: round6(p + new + g·p·(1 − p/cap) − c·p) in millionths,
 * with p ≤ cap. v ≥ 0 (c ≤ 1 and p ≤ cap), so half away from zero is floor(v + 1/2), and since
 * p + new is whole that is p + new + floor(δ + 1/2) for the growth term δ. The float estimate
 * decides unless it lies within its error bound of a rounding boundary; then exact integer
 * arithmetic does. (Steady states sit next to a boundary: there the stock is where the rounding
 * only just holds it, so that case is common, not rare.)
 */
export function stepCapped(p: number, add: number, g: number, c: number, cap: number): number {
  const t = (g * p * (cap - p)) / (M * cap) - (c * p) / M + 0.5;
  const whole = Math.floor(t);
  const frac = t - whole;
  const eps = (p + 1) * ERROR_PER_UNIT;
  if (frac > eps && frac < 1 - eps) return p + add + whole;
  const w = frac < 0.5 ? whole : whole + 1;
  return p + add + capDeltaNearBoundary(p, g, c, cap, w, eps);
}

/**
 * One month without a cap: round6(p + new + (g − c)·p), exactly in float64. With p = ph·10^6 + pl,
 * (g − c)·p/10^6 = (g − c)·ph + (g − c)·pl/10^6, where |(g − c)·ph| ≤ 10^13 and |(g − c)·pl| < 10^12,
 * and floor of a safe integer divided by 10^6 is exact in float64. v ≥ 0 here too.
 */
export function stepUncapped(p: number, add: number, g: number, c: number): number {
  const gc = g - c;
  const ph = Math.floor(p / M);
  const pl = p - ph * M;
  return p + add + gc * ph + Math.floor((gc * pl + M / 2) / M);
}

/** Fresh (zeroed) columns for instanceSeries's `into`. */
export function seriesColumns(horizon: number): InstanceSeries {
  return { instances: new Float64Array(horizon), billed: new Float64Array(horizon), maxBilled: 0 };
}

/**
 * The series for `horizon` months. `into` (columns exactly `horizon` long) lets the risk analysis
 * reuse one pair of columns over thousands of runs instead of allocating two per run.
 */
export function instanceSeries(
  horizon: number,
  goLive: number,
  growth: GrowthPlan,
  into: InstanceSeries = seriesColumns(horizon),
): InstanceSeries {
  const { instances, billed } = into;
  // Reused columns may hold a previous run's instances before this run's go-live.
  instances.fill(0, 0, goLive - 1);
  billed.fill(0, 0, goLive - 1);
  const { newPerMonth, g, c, cap, limit } = growth;
  let maxBilled = 0;
  let p = Math.min(limit, Math.max(0, growth.start));
  for (let i = goLive - 1; i < horizon; i++) {
    if (i > goLive - 1) {
      const v =
        cap === null ? stepUncapped(p, newPerMonth, g, c) : stepCapped(p, newPerMonth, g, c, cap);
      p = Math.min(limit, Math.max(0, v));
    }
    instances[i] = p;
    const b = Math.floor(p / M);
    billed[i] = b;
    if (b > maxBilled) maxBilled = b;
  }
  into.maxBilled = maxBilled;
  return into;
}
