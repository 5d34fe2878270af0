import { intAt, toChartSeries } from '../../engine/index';
import type { PartnerKey, SimulationResult } from '../../engine/index';

/**
 * Chart series derived from a result. Floats here are drawing coordinates only; anything shown
 * as a figure (tooltips, summaries) is read from the exact columns instead.
 */

/** A partner's cumulative position per month, in currency units. */
export function positionSeries(result: SimulationResult, p: PartnerKey): Float64Array {
  return toChartSeries(result[p].position);
}

/** A partner's monthly margin (S − C) / S as a ratio; NaN (a gap) in months without a share. */
export function marginSeries(result: SimulationResult, p: PartnerKey): Float64Array {
  const s = toChartSeries(result[p].share, 0);
  const c = toChartSeries(result[p].cost, 0);
  const out = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const share = s[i] as number;
    out[i] = share === 0 ? Number.NaN : (share - (c[i] as number)) / share;
  }
  return out;
}

/** Smallest and largest finite values over several series (NaN gaps ignored). */
export function extent(...cols: ArrayLike<number>[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const col of cols) {
    for (let i = 0; i < col.length; i++) {
      const v = col[i] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/**
 * Exact monthly margin of partner p in month index i, as percent text with two decimals
 * (half away from zero), or null when the partner received nothing that month.
 */
export function marginPctAt(result: SimulationResult, p: PartnerKey, i: number): string | null {
  const share = intAt(result[p].share, i);
  if (share === 0n) return null;
  const q = (share - intAt(result[p].cost, i)) * 10000n;
  const den = share < 0n ? -share : share;
  const num = q < 0n ? -q : q;
  const rounded = (num * 2n + den) / (2n * den);
  const negative = q < 0n !== share < 0n && rounded !== 0n;
  const digits = rounded.toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** A partner's monthly share or cost, in currency units (chart (b)). */
export function partnerMonthlySeries(
  result: SimulationResult,
  p: PartnerKey,
  figure: 'share' | 'cost',
): Float64Array {
  return toChartSeries(result[p][figure]);
}

/** The instance stock n[m] in instances (from millionths), for drawing (chart (d)). */
export function instanceSeries(result: SimulationResult): Float64Array {
  return toChartSeries(result.instances, 6);
}

/** The largest number of billed instances and the first month it is reached. */
export function peakBilled(result: SimulationResult): { count: number; month: number } {
  const b = result.billedInstances;
  let best = 0;
  for (let i = 1; i < b.length; i++) if ((b[i] as number) > (b[best] as number)) best = i;
  return { count: b[best] ?? 0, month: best + 1 };
}

/** The first month whose instance stock reaches `cap` whole instances, or null. */
export function capReachedMonth(result: SimulationResult, cap: number): number | null {
  const limit = BigInt(cap) * 1_000_000n;
  for (let i = 0; i < result.horizonMonths; i++) {
    if (intAt(result.instances, i) >= limit) return i + 1;
  }
  return null;
}
