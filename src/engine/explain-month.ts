import { centsToString, intAt, scaledIntToString } from './columns';
import { roundDivBig } from './rounding';
import type { PartnerKey, Phase, SimulationResult } from './types';

/**
 * One month's allocation (spec section 5), taken apart step by step so it can be told in plain
 * words: what came in, what each partner's costs took, who got the catch-up and why, the 50/50
 * part, the proportional rest, and where both stand before and after. Every amount is the engine's
 * own (the result's columns), as canonical money text; the derived figures (losses, gaps, profit)
 * are exact differences of those columns, so the explanation always adds up to the table.
 */

export interface PartnerMonthExplanation {
  cost: string;
  share: string;
  /** The part of the share that pays back this month's costs: all of them once revenue covers costs. */
  costCovered: string;
  /** Costs the revenue did not cover this month (phases 1 and 2), ≥ 0. */
  costUncovered: string;
  catchUp: string;
  equalSplit: string;
  proportional: string;
  /** This partner's costs as a percent of both partners' costs, two decimals (null without costs). */
  costSharePct: string | null;
  positionBefore: string;
  positionAfter: string;
  /** max(0, −position): what the partner is still out of pocket. */
  lossBefore: string;
  lossAfter: string;
  /** share − cost: how the month changed the position. */
  change: string;
}

export interface CatchUpStep {
  /** The partner whose loss was larger at the start of the month. */
  to: PartnerKey;
  /** |L_msp − L_isv| at the start of the month. */
  lossGap: string;
  amount: string;
  /** What is left of the gap after the catch-up (0 when it closed). */
  gapLeft: string;
}

export interface EqualSplitStep {
  /** The loss both partners still had after the catch-up. */
  lossEach: string;
  /** The profit split 50/50 (both parts together). */
  total: string;
  amount: Record<PartnerKey, string>;
  /** True when the profit was enough to pay both losses back in full. */
  paidBack: boolean;
}

export interface ProportionalStep {
  amount: string;
  parts: Record<PartnerKey, string>;
}

/** What has to happen before the model moves on, judged on the state at the end of this month. */
export type NextGoal =
  | { kind: 'goLive'; goLiveMonth: number }
  /** Revenue fell short of costs; once it covers them, phase `thenPhase` applies. */
  | { kind: 'coverCosts'; shortfall: string; thenPhase: 3 | 4 | 5 }
  /** Phase 4 needs equal losses: `behind` is still `gap` further from break-even. */
  | { kind: 'closeGap'; behind: PartnerKey; gap: string }
  /** Phase 5 needs both losses paid back; the larger one left is `loss`. */
  | { kind: 'payBack'; loss: string }
  /** Everything is paid back; phase 5 lasts while revenue covers costs (this month by `cushion`). */
  | { kind: 'stay'; cushion: string }
  | { kind: 'horizonEnd' };

export interface MonthExplanation {
  month: number;
  horizonMonths: number;
  goLiveMonth: number;
  phase: Phase;
  billedInstances: number;
  price: string;
  revenue: string;
  totalCost: string;
  /** R − C: the profit in phases 3–5, negative when revenue fell short. */
  surplus: string;
  partners: Record<PartnerKey, PartnerMonthExplanation>;
  /** The three steps of a profitable month; null where the step handed out nothing. */
  catchUp: CatchUpStep | null;
  equalSplit: EqualSplitStep | null;
  proportional: ProportionalStep | null;
  next: {
    /** Month m + 1 and its phase, null after the last month of the horizon. */
    month: number | null;
    phase: Phase | null;
    goal: NextGoal;
    /** The next later month whose phase differs from this month's, if any. */
    change: { month: number; phase: Phase } | null;
  };
}

const abs = (v: bigint) => (v < 0n ? -v : v);
const lossOf = (position: bigint) => (position < 0n ? -position : 0n);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

function toPhase(value: number | undefined): Phase {
  if (value === 1 || value === 2 || value === 3 || value === 4 || value === 5) return value;
  throw new RangeError(`no phase ${String(value)}`);
}

/** The profit-phase label (3, 4 or 5) that losses L_a, L_b give (spec section 5). */
function labelFor(la: bigint, lb: bigint): 3 | 4 | 5 {
  if (abs(la - lb) > 1n) return 3;
  return la > 0n || lb > 0n ? 4 : 5;
}

interface Raw {
  cost: bigint;
  share: bigint;
  before: bigint;
  after: bigint;
  x: bigint;
  y: bigint;
  z: bigint;
}

function raw(result: SimulationResult, key: PartnerKey, i: number): Raw {
  const p = result[key];
  return {
    cost: intAt(p.cost, i),
    share: intAt(p.share, i),
    before: i > 0 ? intAt(p.position, i - 1) : 0n,
    after: intAt(p.position, i),
    x: intAt(p.catchUp, i),
    y: intAt(p.equalSplit, i),
    z: intAt(p.proportional, i),
  };
}

function partnerExplanation(r: Raw, totalCost: bigint, phase: Phase): PartnerMonthExplanation {
  // Phases 3–5 pay every cost first; phase 2 pays the share towards the costs; phase 1 pays nothing.
  const covered = phase >= 3 ? r.cost : min(r.share, r.cost);
  return {
    cost: centsToString(r.cost),
    share: centsToString(r.share),
    costCovered: centsToString(covered),
    costUncovered: centsToString(r.cost - covered),
    catchUp: centsToString(r.x),
    equalSplit: centsToString(r.y),
    proportional: centsToString(r.z),
    costSharePct:
      totalCost === 0n ? null : scaledIntToString(roundDivBig(10_000n * r.cost, totalCost), 2),
    positionBefore: centsToString(r.before),
    positionAfter: centsToString(r.after),
    lossBefore: centsToString(lossOf(r.before)),
    lossAfter: centsToString(lossOf(r.after)),
    change: centsToString(r.share - r.cost),
  };
}

function catchUpStep(a: Raw, b: Raw): CatchUpStep | null {
  const amount = a.x + b.x;
  if (amount === 0n) return null;
  const gap = abs(lossOf(a.before) - lossOf(b.before));
  return {
    to: a.x > 0n ? 'msp' : 'isv',
    lossGap: centsToString(gap),
    amount: centsToString(amount),
    gapLeft: centsToString(gap - amount),
  };
}

function equalSplitStep(a: Raw, b: Raw): EqualSplitStep | null {
  if (a.y === 0n && b.y === 0n) return null;
  const lossEach = lossOf(a.before) - a.x;
  return {
    lossEach: centsToString(lossEach),
    total: centsToString(a.y + b.y),
    amount: { msp: centsToString(a.y), isv: centsToString(b.y) },
    paidBack: a.y === lossEach && b.y === lossEach,
  };
}

function proportionalStep(a: Raw, b: Raw): ProportionalStep | null {
  if (a.z === 0n && b.z === 0n) return null;
  return {
    amount: centsToString(a.z + b.z),
    parts: { msp: centsToString(a.z), isv: centsToString(b.z) },
  };
}

function goalAfter(result: SimulationResult, i: number, a: Raw, b: Raw, surplus: bigint): NextGoal {
  const month = i + 1;
  const goLiveMonth = result.summary.goLiveMonth;
  if (month >= result.horizonMonths) return { kind: 'horizonEnd' };
  if (month < goLiveMonth) return { kind: 'goLive', goLiveMonth };
  const la = lossOf(a.after);
  const lb = lossOf(b.after);
  const state = labelFor(la, lb);
  if (surplus < 0n)
    return { kind: 'coverCosts', shortfall: centsToString(-surplus), thenPhase: state };
  if (state === 3)
    return { kind: 'closeGap', behind: la > lb ? 'msp' : 'isv', gap: centsToString(abs(la - lb)) };
  if (state === 4) return { kind: 'payBack', loss: centsToString(la > lb ? la : lb) };
  return { kind: 'stay', cushion: centsToString(surplus) };
}

function nextChange(phase: Uint8Array, i: number): { month: number; phase: Phase } | null {
  const current = phase[i];
  for (let j = i + 1; j < phase.length; j++) {
    if (phase[j] !== current) return { month: j + 1, phase: toPhase(phase[j]) };
  }
  return null;
}

/** The explanation of month `month` (1-based) of `result`; RangeError outside the horizon. */
export function explainMonth(result: SimulationResult, month: number): MonthExplanation {
  if (!Number.isInteger(month) || month < 1 || month > result.horizonMonths) {
    throw new RangeError(`month ${month} is outside 1…${result.horizonMonths}`);
  }
  const i = month - 1;
  const phase = toPhase(result.phase[i]);
  const a = raw(result, 'msp', i);
  const b = raw(result, 'isv', i);
  const revenue = intAt(result.revenue, i);
  const totalCost = a.cost + b.cost;
  const surplus = revenue - totalCost;
  const hasNext = month < result.horizonMonths;
  return {
    month,
    horizonMonths: result.horizonMonths,
    goLiveMonth: result.summary.goLiveMonth,
    phase,
    billedInstances: result.billedInstances[i] ?? 0,
    price: centsToString(intAt(result.price, i)),
    revenue: centsToString(revenue),
    totalCost: centsToString(totalCost),
    surplus: centsToString(surplus),
    partners: {
      msp: partnerExplanation(a, totalCost, phase),
      isv: partnerExplanation(b, totalCost, phase),
    },
    catchUp: catchUpStep(a, b),
    equalSplit: equalSplitStep(a, b),
    proportional: proportionalStep(a, b),
    next: {
      month: hasNext ? month + 1 : null,
      phase: hasNext ? toPhase(result.phase[i + 1]) : null,
      goal: goalAfter(result, i, a, b, surplus),
      change: nextChange(result.phase, i),
    },
  };
}
