/**
 * Each analysis job as a stepper over the pure engine: it yields progress after engine runs and
 * returns the job's output. The host (analysis-host.ts) decides when to pause and whether to go on.
 */
import { goalSeekSteps, sensitivitySteps, simulate, toChartSeries } from '../engine';
import type {
  AnalysisProgress,
  PartnerKey,
  PartnerMonths,
  Scenario,
  SimulationResult,
} from '../engine';
import type { AnalysisJob, AnalysisOutput, ChartSeries, CompareRun } from './analysis-protocol';

export type JobSteps = Generator<AnalysisProgress, AnalysisOutput, void>;

/** Monthly margin (share − cost) / share; NaN while a partner receives nothing (no margin to show). */
function marginSeries(p: PartnerMonths): Float64Array {
  const share = toChartSeries(p.share);
  const cost = toChartSeries(p.cost);
  const out = new Float64Array(share.length);
  for (let i = 0; i < share.length; i++) {
    const s = share[i] as number;
    out[i] = s === 0 ? NaN : (s - (cost[i] as number)) / s;
  }
  return out;
}

export function chartSeriesOf(result: SimulationResult): ChartSeries {
  const byPartner = <T>(f: (p: PartnerMonths) => T): Record<PartnerKey, T> => ({
    msp: f(result.msp),
    isv: f(result.isv),
  });
  return {
    revenue: toChartSeries(result.revenue),
    position: byPartner((p) => toChartSeries(p.position)),
    margin: byPartner(marginSeries),
  };
}

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
