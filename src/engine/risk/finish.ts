import { centsToString } from '../columns';
import { roundDivBig } from '../rounding';
import type { PartnerKey } from '../types';
import { countNegative, sumExact } from './exact-ints';
import type { ExactInts } from './exact-ints';
import { BREAK_EVEN_KEYS, NEVER } from './partial';
import type { BreakEvenKey, RiskPartial } from './partial';
import { bigPercentiles, percentiles } from './percentiles';

/**
 * The statistics of spec section 10.4, from the (merged) per-run figures. The result is already in
 * canonical form: money as two-decimal strings, months and counts as integers.
 */
export interface BreakEvenStats {
  p10: number | null;
  p50: number | null;
  p90: number | null;
  /** Runs that never break even. */
  never: number;
  /** Entry m − 1: runs broken even by the end of month m. */
  byMonth: number[];
}

export interface MoneyPercentiles {
  p10: string;
  p50: string;
  p90: string;
}

export interface FinalPositionStats extends MoneyPercentiles {
  /** round2(Σ / runs). */
  mean: string;
  /** Runs that end below 0. */
  lossRuns: number;
}

export interface BandSeries {
  p10: string[];
  p50: string[];
  p90: string[];
}

export interface RiskResult {
  runs: number;
  seed: number;
  /** Sampled values of runs 0…4, keyed by field, as text with the field's decimals. */
  samples: Record<string, string>[];
  breakEven: Record<BreakEvenKey, BreakEvenStats>;
  finalPosition: Record<PartnerKey, FinalPositionStats>;
  maxExposure: Record<PartnerKey, MoneyPercentiles>;
  totalRevenue: MoneyPercentiles;
  bands: { months: number[]; msp: BandSeries; isv: BandSeries };
}

/** What the statistics need besides the runs' figures. */
export interface RiskFrame {
  runs: number;
  seed: number;
  horizon: number;
  bandMonths: readonly number[];
  samples: Record<string, string>[];
}

function percentilesOf(values: ExactInts): [number | bigint, number | bigint, number | bigint] {
  return values instanceof Float64Array ? percentiles(values) : bigPercentiles(values);
}

function moneyPercentiles(values: ExactInts): MoneyPercentiles {
  const [p10, p50, p90] = percentilesOf(values);
  return { p10: centsToString(p10), p50: centsToString(p50), p90: centsToString(p90) };
}

function breakEvenStats(months: Int32Array, horizon: number): BreakEvenStats {
  const [p10, p50, p90] = percentiles(Float64Array.from(months));
  const month = (m: number): number | null => (m === NEVER ? null : m);
  const byMonth = new Array<number>(horizon).fill(0);
  let never = 0;
  for (const m of months) {
    if (m === NEVER) never++;
    else byMonth[m - 1] = (byMonth[m - 1] ?? 0) + 1;
  }
  // Runs broken even by the end of month m: the running count.
  for (let i = 1; i < horizon; i++) byMonth[i] = (byMonth[i] ?? 0) + (byMonth[i - 1] ?? 0);
  return { p10: month(p10), p50: month(p50), p90: month(p90), never, byMonth };
}

function finalStats(values: ExactInts, runs: number): FinalPositionStats {
  return {
    ...moneyPercentiles(values),
    mean: centsToString(roundDivBig(sumExact(values), BigInt(runs))),
    lossRuns: countNegative(values),
  };
}

/** The percentiles of each band month: its runs' values are one contiguous block. */
function bandSeries(points: ExactInts, runs: number, bandCount: number): BandSeries {
  const out: BandSeries = { p10: [], p50: [], p90: [] };
  for (let j = 0; j < bandCount; j++) {
    const block =
      points instanceof Float64Array
        ? points.subarray(j * runs, (j + 1) * runs)
        : points.slice(j * runs, (j + 1) * runs);
    const [p10, p50, p90] = percentilesOf(block);
    out.p10.push(centsToString(p10));
    out.p50.push(centsToString(p50));
    out.p90.push(centsToString(p90));
  }
  return out;
}

/** The risk result of all runs 0…runs−1, merged into one partial. */
export function finishRisk(frame: RiskFrame, all: RiskPartial): RiskResult {
  const { runs, horizon } = frame;
  if (all.from !== 0 || all.to !== runs) {
    throw new RangeError(`the runs cover ${all.from}…${all.to - 1}, not 0…${runs - 1}`);
  }
  const per = <T>(f: (p: PartnerKey) => T): Record<PartnerKey, T> => ({
    msp: f('msp'),
    isv: f('isv'),
  });
  const breakEven = {} as Record<BreakEvenKey, BreakEvenStats>;
  for (const key of BREAK_EVEN_KEYS) breakEven[key] = breakEvenStats(all.breakEven[key], horizon);
  return {
    runs,
    seed: frame.seed,
    samples: frame.samples,
    breakEven,
    finalPosition: per((p) => finalStats(all.finalPosition[p], runs)),
    maxExposure: per((p) => moneyPercentiles(all.maxExposure[p])),
    totalRevenue: moneyPercentiles(all.totalRevenue),
    bands: {
      months: [...frame.bandMonths],
      ...per((p) => bandSeries(all.bands[p], runs, all.bandCount)),
    },
  };
}

/** spec 10.4: every month when H ≤ 240, else ceil(i × H / 240) for i = 1…240. */
export function bandMonths(horizon: number): number[] {
  const count = Math.min(horizon, 240);
  const months: number[] = [];
  for (let i = 1; i <= count; i++) months.push(Math.floor((i * horizon + count - 1) / count));
  return months;
}
