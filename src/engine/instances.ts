import { floorDivBig } from './rounding';
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
 * Margin of the float estimate in stepCapped: it must exceed the estimate's worst error.
 * Inputs are exact integers (P, cap ≤ 10^13, g, c ≤ 10^6, 10^6·cap = maxInstances·10^12 is
 * representable). t1 = g·P·(cap−P)/(10^6·cap) takes 3 roundings and |t1| ≤ P ≤ 10^13; t2 = c·P/10^6
 * takes 2 and |t2| ≤ 10^13; t1 − t2 one more on a value ≤ 10^13; adding 0.5 is exact (the ulp at
 * 10^13 is 2^-9). So the error is below 6·2^-53·10^13 ≈ 0.0067 < 1/64.
 */
const EPS = 1 / 64;

/** round6(v) − p − new for the logistic case, exactly in BigInt: floor(N/D + 1/2). */
function capDeltaExact(p: number, g: number, c: number, cap: number): number {
  const P = BigInt(p);
  const CAP = BigInt(cap);
  const n = P * (BigInt(g) * (CAP - P) - BigInt(c) * CAP);
  const d = 1_000_000n * CAP;
  return Number(floorDivBig(2n * n + d, 2n * d));
}

/**
 * One month of logistic growth, unclamped: round6(p + new + g·p·(1 − p/cap) − c·p) in millionths,
 * with p ≤ cap. v ≥ 0 (c ≤ 1 and p ≤ cap), so half away from zero is floor(v + 1/2), and since
 * p + new is whole that is p + new + floor(δ + 1/2) for the growth term δ. The float estimate
 * decides unless it lies within EPS of a rounding boundary; then BigInt decides.
 */
export function stepCapped(p: number, add: number, g: number, c: number, cap: number): number {
  const t = (g * p * (cap - p)) / (M * cap) - (c * p) / M + 0.5;
  const whole = Math.floor(t);
  const frac = t - whole;
  if (frac > EPS && frac < 1 - EPS) return p + add + whole;
  return p + add + capDeltaExact(p, g, c, cap);
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

export function instanceSeries(
  horizon: number,
  goLive: number,
  growth: GrowthPlan,
): InstanceSeries {
  const instances = new Float64Array(horizon);
  const billed = new Float64Array(horizon);
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
  return { instances, billed, maxBilled };
}
