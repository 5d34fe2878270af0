import { useCallback, useEffect, useRef, useState } from 'react';
import { fixedSplitRuns, fixedSplitStats } from '../../engine';
import type { FixedSplitPartnerStats, PartnerKey, RiskResult, ScenarioV2 } from '../../engine';
import { createRiskPool } from '../../worker/risk-pool';
import type { RiskPool, RiskProgress } from '../../worker/risk-pool';
import { inProcessRiskPort, riskPool } from '../../worker/risk-ports';

let testPool: RiskPool | null = null;

/** The app's pool of risk workers; without Worker support (component tests) an in-process one. */
function pool(): RiskPool {
  if (typeof Worker !== 'undefined') return riskPool();
  testPool ??= createRiskPool({ connect: inProcessRiskPort(), workers: 1 });
  return testPool;
}

export type FixedSplitFigures = Record<PartnerKey, FixedSplitPartnerStats>;

export interface RiskJobState {
  /** The newest result received; it stays (marked stale) while newer inputs are computed. */
  result: RiskResult | null;
  /** The scenario `result` answers. */
  resultFor: ScenarioV2 | null;
  running: boolean;
  progress: RiskProgress | null;
  cancelled: boolean;
  error: string | null;
  elapsedMs: number | null;
  /** The same runs under the fixed split at `isvPct`, once computed (after the result). */
  fixed: { isvPct: string; figures: FixedSplitFigures; for: ScenarioV2 } | null;
}

/** What the callbacks record; `running` and the rest are derived from it for the current input. */
interface Recorded {
  result: RiskResult | null;
  resultFor: ScenarioV2 | null;
  /** The input whose job ended last, and how. */
  settled: {
    for: ScenarioV2;
    status: 'done' | 'cancelled' | 'failed';
    error: string | null;
  } | null;
  progress: { for: ScenarioV2; value: RiskProgress } | null;
  elapsedMs: number | null;
  fixed: RiskJobState['fixed'];
}

const IDLE: Recorded = {
  result: null,
  resultFor: null,
  settled: null,
  progress: null,
  elapsedMs: null,
  fixed: null,
};

/** Runs per slice of the fixed-split comparison on the page's thread: short enough to stay responsive. */
const FIXED_SLICE = 25;

/**
 * The risk analysis of `scenario` (null: the inputs are invalid, nothing runs) in the worker pool.
 * A new scenario cancels the running analysis (the pool keeps one job); `cancel` stops it by hand.
 * After each result the same runs are shared at the fixed split `isvPct`, in small slices between
 * which the page stays responsive, and dropped as soon as anything changes.
 */
export function useRiskJob(
  scenario: ScenarioV2 | null,
  isvPct: string | null,
): RiskJobState & { cancel: () => void } {
  const [state, setState] = useState<Recorded>(IDLE);
  const cancelRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (scenario === null) return;
    let live = true;
    const handle = pool().run(scenario, (value) => {
      if (live) setState((s) => ({ ...s, progress: { for: scenario, value } }));
    });
    cancelRef.current = handle.cancel;
    void handle.result.then((outcome) => {
      if (!live) return;
      cancelRef.current = null;
      const error = outcome.status === 'failed' ? outcome.error.message : null;
      const settled = { for: scenario, status: outcome.status, error };
      setState((s) =>
        outcome.status === 'done'
          ? {
              ...s,
              settled,
              result: outcome.result,
              resultFor: scenario,
              elapsedMs: outcome.elapsedMs,
            }
          : { ...s, settled },
      );
    });
    return () => {
      live = false;
      handle.cancel();
    };
  }, [scenario]);

  const resultFor = state.resultFor;
  useEffect(() => {
    if (resultFor === null || isvPct === null || resultFor !== scenario) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const slices: ReturnType<typeof fixedSplitRuns>[] = [];
    const runs = resultFor.uncertainty.runs;
    const step = (from: number) => {
      const to = Math.min(runs, from + FIXED_SLICE);
      slices.push(fixedSplitRuns(resultFor, isvPct, from, to));
      if (to < runs) {
        timer = setTimeout(() => step(to), 0);
        return;
      }
      timer = null;
      const figures = fixedSplitStats(slices);
      setState((s) => ({ ...s, fixed: { isvPct, figures, for: resultFor } }));
    };
    timer = setTimeout(() => step(0), 0);
    return () => {
      if (timer !== null) clearTimeout(timer);
    };
  }, [resultFor, scenario, isvPct]);

  const cancel = useCallback(() => cancelRef.current?.(), []);
  const settled = state.settled?.for === scenario ? state.settled : null;
  return {
    result: state.result,
    resultFor: state.resultFor,
    running: scenario !== null && settled === null,
    progress: state.progress?.for === scenario ? state.progress.value : null,
    cancelled: settled?.status === 'cancelled',
    error: settled?.error ?? null,
    elapsedMs: state.elapsedMs,
    fixed: state.fixed,
    cancel,
  };
}
