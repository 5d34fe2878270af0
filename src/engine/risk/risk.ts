import type { ScenarioV2 } from '../types';
import { bandMonths, finishRisk } from './finish';
import type { RiskFrame, RiskResult } from './finish';
import { PartialWriter, mergePartials } from './partial';
import type { RiskPartial } from './partial';
import { RunEvaluator } from './run-figures';
import { prepareRanges, runInputs, sampleRun, samplesRecord } from './run-inputs';
import { RunPlanner } from './run-planner';

/**
 * The risk analysis of spec section 10, in three steps that a pool of workers can share out:
 * `riskRuns` computes any slice [from, to) of the runs into a compact partial, `mergePartials`
 * joins adjacent slices exactly, and `finishRiskRuns` takes the statistics of all of them.
 * `risk` is the three in one go.
 */

/** How many runs' sampled values the result shows. */
const SHOWN_SAMPLES = 5;

/** Runs [from, to) of the scenario's analysis. */
export function riskRuns(
  scenario: ScenarioV2,
  from = 0,
  to: number = scenario.uncertainty.runs,
): RiskPartial {
  const { runs, seed } = scenario.uncertainty;
  if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 0 && from <= to && to <= runs)) {
    throw new RangeError(`runs ${from}…${to} are not a slice of 0…${runs}`);
  }
  const horizon = scenario.horizonMonths;
  const months = bandMonths(horizon);
  const ranges = prepareRanges(scenario);
  const planner = new RunPlanner(scenario);
  const evaluator = new RunEvaluator(horizon, months);
  const out = new PartialWriter(from, to, months.length);
  for (let run = from; run < to; run++) {
    const inputs = runInputs(scenario, ranges, sampleRun(ranges, seed, run));
    evaluator.evaluate(planner.plan(inputs), run, out);
  }
  return out.done();
}

/** What the statistics need besides the runs: sizes, the band months and the first samples. */
export function riskFrame(scenario: ScenarioV2): RiskFrame {
  const { runs, seed } = scenario.uncertainty;
  const ranges = prepareRanges(scenario);
  const samples: Record<string, string>[] = [];
  for (let run = 0; run < Math.min(SHOWN_SAMPLES, runs); run++) {
    samples.push(samplesRecord(ranges, sampleRun(ranges, seed, run)));
  }
  const horizon = scenario.horizonMonths;
  return { runs, seed, horizon, bandMonths: bandMonths(horizon), samples };
}

/** The result from partials that together cover every run once, in any order. */
export function finishRiskRuns(scenario: ScenarioV2, partials: readonly RiskPartial[]): RiskResult {
  return finishRisk(riskFrame(scenario), mergePartials(partials));
}

/** The risk analysis of a format-2 scenario (spec section 10), exact, in one thread. */
export function risk(scenario: ScenarioV2): RiskResult {
  return finishRiskRuns(scenario, [riskRuns(scenario)]);
}
