/**
 * The message protocol between the main thread and the engine worker (types only).
 *
 * Exact amounts cross the boundary as integers, never as Decimal objects or fractional numbers:
 * a column of cents (or millionths) travels as a `BigInt64Array` when every value fits in int64,
 * otherwise as decimal strings of the integer (amounts past 2^63 cents do occur at extreme
 * escalation). Chart coordinates travel as `Float64Array`s; every typed array is transferred,
 * not copied.
 */
import type { PartnerKey, Scenario, ScenarioIssue, FixedSplitPartner, Summary } from '../engine';

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

/** The columns a fixed split needs, for a result the worker does not hold (copied, not transferred). */
export interface WireSplitColumns {
  goLiveMonth: number;
  revenue: WireIntColumn;
  cost: Record<PartnerKey, WireIntColumn>;
}

/**
 * Main thread → worker: the fixed split (engine `fixedSplit`) of the result on screen, at the
 * ISV's percentage `isvPct` (null: the default, the ISV's share of all costs). The result is
 * named by the run that produced it, which the engine worker still holds, so a slider step sends
 * no columns; a result from elsewhere (or from a worker since replaced) comes with its columns.
 */
export interface FixedSplitRequest {
  type: 'fixed-split';
  id: number;
  source: { runId: number } | { columns: WireSplitColumns };
  isvPct: string | null;
}

/** One partner under the fixed split: exact columns and figures, plus its position for drawing. */
export interface WireSplitPartner extends Omit<FixedSplitPartner, 'share' | 'position'> {
  share: WireIntColumn;
  position: WireIntColumn;
  /** Position in currency units, for drawing only. */
  positionSeries: Float64Array;
}

export interface WireFixedSplit {
  isvPct: string;
  mspPct: string;
  /** The default percentage for this result (the ISV's share of all costs, to 0.1 %). */
  defaultIsvPct: string;
  msp: WireSplitPartner;
  isv: WireSplitPartner;
}

export type FixedSplitReply =
  | { type: 'fixed-split'; id: number; ok: true; split: WireFixedSplit }
  /** `missing`: the worker no longer holds the run named; ask again with the columns. */
  | { type: 'fixed-split'; id: number; ok: false; error: RunFailure; missing?: true };

/** Everything the engine worker accepts and answers. */
export type WorkerRequest = RunRequest | FixedSplitRequest;
export type WorkerReply = RunReply | FixedSplitReply;
