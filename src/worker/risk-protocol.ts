/**
 * The message protocol of the risk workers (types only). The pool (risk-pool.ts) splits a job's
 * runs into slices and hands each idle worker the next one; a worker answers a slice with its
 * partial result (the engine's exact per-run figures, typed arrays transferred). When every slice
 * is in, one worker merges them and takes the statistics, so the main thread never does.
 */
import type { RiskPartial, RiskResult, ScenarioV2 } from '../engine';
import type { RunFailure } from './protocol';

export type RiskRequest =
  | { type: 'slice'; job: number; scenario: ScenarioV2; from: number; to: number }
  | { type: 'finish'; job: number; scenario: ScenarioV2; partials: RiskPartial[] };

export type RiskReply =
  | { type: 'slice'; job: number; partial: RiskPartial }
  | { type: 'finished'; job: number; result: RiskResult }
  | { type: 'failed'; job: number; error: RunFailure };
