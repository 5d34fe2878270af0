/**
 * The message protocol between the main thread and the engine worker (types only).
 *
 * Exact amounts cross the boundary as integers, never as Decimal objects or fractional numbers:
 * a column of cents (or millionths) travels as a `BigInt64Array` when every value fits in int64,
 * otherwise as decimal strings of the integer (amounts past 2^63 cents do occur at extreme
 * escalation). Chart coordinates travel as `Float64Array`s; every typed array is transferred,
 * not copied.
 */
import type { PartnerKey, Scenario, ScenarioIssue, Summary } from '../engine';

/** One column of exact integers: int64 when it fits, else the integers' decimal text. */
export type WireIntColumn = BigInt64Array | readonly string[];

export interface WirePartnerMonths {
  cost: WireIntColumn;
  share: WireIntColumn;
  position: WireIntColumn;
  catchUp: WireIntColumn;
  equalSplit: WireIntColumn;
  proportional: WireIntColumn;
}

/**
 * Floats for drawing only (never for display or sums): positions and revenue in currency units,
 * each partner's monthly margin (share − cost) / share as a ratio (NaN while the share is 0).
 */
export interface ChartSeries {
  revenue: Float64Array;
  position: Record<PartnerKey, Float64Array>;
  margin: Record<PartnerKey, Float64Array>;
}

export interface WireResult {
  horizonMonths: number;
  phase: Uint8Array;
  instances: WireIntColumn;
  billedInstances: Float64Array;
  price: WireIntColumn;
  revenue: WireIntColumn;
  msp: WirePartnerMonths;
  isv: WirePartnerMonths;
  summary: Summary;
  series: ChartSeries;
}

/** Main thread → worker: simulate this (already validated) scenario. */
export interface RunRequest {
  type: 'run';
  /** Increases with every request; a reply carries the id of the request it answers. */
  id: number;
  scenario: Scenario;
}

/** Why a run produced no result. Returned as a value; the worker never throws across the boundary. */
export interface RunFailure {
  message: string;
  /** Set when the engine rejected the scenario itself. */
  issues?: ScenarioIssue[];
}

/** Worker → main thread. */
export type RunReply =
  | { type: 'result'; id: number; ok: true; result: WireResult; elapsedMs: number }
  | { type: 'result'; id: number; ok: false; error: RunFailure };
