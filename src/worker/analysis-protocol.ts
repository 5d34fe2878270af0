/**
 * The message protocol of the analysis worker (types only): sensitivity, goal seek and the
 * side-by-side comparison run here, apart from the main simulation worker, so a long analysis never
 * delays the figures of the scenario being edited.
 *
 * Every job runs on a channel; a new job on a channel replaces (cancels) the one before. The worker
 * steps through a job one engine run at a time and yields to its event loop between slices, so a
 * cancel or a newer job is heard within one slice (cooperative cancellation; nothing is terminated).
 */
import type {
  GoalSeekRequest,
  GoalSeekResult,
  PartnerKey,
  Scenario,
  SensitivityResult,
  Summary,
} from '../engine';
import type { RunFailure } from './protocol';

export type AnalysisChannel = 'sensitivity' | 'goal-seek' | 'compare';

export type AnalysisJob =
  | { kind: 'sensitivity'; scenario: Scenario; pct: string }
  | { kind: 'goal-seek'; scenario: Scenario; request: GoalSeekRequest }
  | { kind: 'compare'; scenarios: Scenario[] };

/**
 * Floats for drawing only (never for display or sums): positions and revenue in currency units,
 * each partner's monthly margin (share − cost) / share as a ratio (NaN while the share is 0).
 */
export interface ChartSeries {
  revenue: Float64Array;
  position: Record<PartnerKey, Float64Array>;
  margin: Record<PartnerKey, Float64Array>;
}

/** One simulated scenario of a comparison: the summary (exact) and chart series (floats, drawing only). */
export interface CompareRun {
  horizonMonths: number;
  summary: Summary;
  series: ChartSeries;
}

export type AnalysisOutput =
  | { kind: 'sensitivity'; result: SensitivityResult }
  | { kind: 'goal-seek'; result: GoalSeekResult }
  | { kind: 'compare'; runs: CompareRun[] };

/** Main thread → worker. */
export type AnalysisRequest =
  | { type: 'start'; id: number; channel: AnalysisChannel; job: AnalysisJob }
  | { type: 'cancel'; id: number };

/** Worker → main thread. Every started job ends with exactly one `done`, `failed` or `cancelled`. */
export type AnalysisReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; output: AnalysisOutput; elapsedMs: number }
  | { type: 'failed'; id: number; error: RunFailure }
  | { type: 'cancelled'; id: number };
