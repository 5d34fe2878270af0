/**
 * Each analysis job as a stepper over the pure engine: it yields progress after engine runs and
 * returns the job's output. The host (analysis-host.ts) decides when to pause and whether to go on.
 */
import { goalSeekSteps, sensitivitySteps, simulate } from '../engine';
import type { AnalysisProgress, Scenario } from '../engine';
import type { AnalysisJob, AnalysisOutput, CompareRun } from './analysis-protocol';
import { chartSeriesOf } from './wire';

export type JobSteps = Generator<AnalysisProgress, AnalysisOutput, void>;

function* compareSteps(scenarios: readonly Scenario[]): JobSteps {
  const runs: CompareRun[] = [];
  for (const scenario of scenarios) {
    const result = simulate(scenario);
    runs.push({
      horizonMonths: result.horizonMonths,
      summary: result.summary,
      series: chartSeriesOf(result),
    });
    yield { done: runs.length, total: scenarios.length };
  }
  return { kind: 'compare', runs };
}

export function* jobSteps(job: AnalysisJob): JobSteps {
  switch (job.kind) {
    case 'sensitivity':
      return { kind: 'sensitivity', result: yield* sensitivitySteps(job.scenario, job.pct) };
    case 'goal-seek':
      return { kind: 'goal-seek', result: yield* goalSeekSteps(job.scenario, job.request) };
    case 'compare':
      return yield* compareSteps(job.scenarios);
    default:
      return job satisfies never;
  }
}

/** The typed arrays of an output, to transfer rather than copy. */
export function transferablesOfOutput(output: AnalysisOutput): ArrayBuffer[] {
  if (output.kind !== 'compare') return [];
  return output.runs.flatMap((r) => [
    r.series.revenue.buffer as ArrayBuffer,
    r.series.position.msp.buffer as ArrayBuffer,
    r.series.position.isv.buffer as ArrayBuffer,
    r.series.margin.msp.buffer as ArrayBuffer,
    r.series.margin.isv.buffer as ArrayBuffer,
  ]);
}
