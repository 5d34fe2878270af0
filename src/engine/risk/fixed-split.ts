import { centsToString, intAt } from '../columns';
import { simulate } from '../simulate';
import { fixedSplit, fixedSplitInputOf } from '../fixed-split';
import type { PartnerKey, ScenarioV2 } from '../types';
import { nearestRankIndex } from './percentiles';
import { prepareRanges, runInputs, sampleRun } from './run-inputs';

/**
 * The risk analysis's runs under the fixed split the five-phase model is compared with: the same
 * sampled runs (section 10), each shared at a fixed ISV percentage instead. Only what the
 * comparison shows is kept: each partner's final position per run, in cents. The percentage is
 * one figure for every run, as a contract would fix it before anyone knows how the runs turn out.
 */
export interface FixedSplitRuns {
  from: number;
  to: number;
  /** Final position of run from + i, in cents, per partner. */
  final: Record<PartnerKey, bigint[]>;
}

/** Runs [from, to) of the scenario's analysis, shared at `isvPct` (decimal text 0…100). */
export function fixedSplitRuns(
  scenario: ScenarioV2,
  isvPct: string,
  from = 0,
  to: number = scenario.uncertainty.runs,
): FixedSplitRuns {
  const { runs, seed } = scenario.uncertainty;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= runs)) {
    throw new RangeError(`runs ${from}…${to} are not a slice of 0…${runs}`);
  }
  const ranges = prepareRanges(scenario);
  const last = scenario.horizonMonths - 1;
  const final: Record<PartnerKey, bigint[]> = { msp: [], isv: [] };
  for (let run = from; run < to; run++) {
    const inputs = runInputs(scenario, ranges, sampleRun(ranges, seed, run));
    const result = simulate(inputs.scenario, { effort: inputs.effort });
    const split = fixedSplit(fixedSplitInputOf(result), isvPct);
    final.msp.push(intAt(split.msp.position, last));
    final.isv.push(intAt(split.isv.position, last));
  }
  return { from, to, final };
}

function compareBig(a: bigint, b: bigint): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export interface FixedSplitPartnerStats {
  /** Nearest-rank percentiles of the final position, canonical money. */
  p10: string;
  p50: string;
  p90: string;
  /** Runs that end below 0. */
  lossRuns: number;
}

/** The statistics of every run's final position (slices in any order, covering 0…runs−1 once). */
export function fixedSplitStats(
  slices: readonly FixedSplitRuns[],
): Record<PartnerKey, FixedSplitPartnerStats> {
  const stats = (key: PartnerKey): FixedSplitPartnerStats => {
    const values = slices.flatMap((s) => s.final[key]).sort(compareBig);
    const at = (q: number) => centsToString(values[nearestRankIndex(q, values.length)] ?? 0n);
    return {
      p10: at(10),
      p50: at(50),
      p90: at(90),
      lossRuns: values.filter((v) => v < 0n).length,
    };
  };
  return { msp: stats('msp'), isv: stats('isv') };
}
