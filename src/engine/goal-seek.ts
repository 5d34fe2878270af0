import { fieldBounds, readScaled, stepsToDecimal, withSteps } from './analysis-fields';
import type { AnalysisField } from './analysis-fields';
import type { GoalSeekPath } from './scenario/fields';
import {
  bisectRunBound,
  bisectSmallest,
  clamp,
  scanGrid,
  scanRunBound,
  scanSmallest,
} from './goal-seek-search';
import type { Reaches } from './goal-seek-search';
import type { AnalysisProgress } from './sensitivity';
import { toScaled } from './scaled';
import { simulate } from './simulate';
import type { Scenario } from './types';

/**
 * Goal seek: which value of one input makes the partnership break even by month N?
 *
 * Searched over the field's allowed range at its precision (one step = one cent, 0.0001 hours or
 * 0.000001 instances), exactly: every candidate is a real engine run.
 * - Price per instance only adds revenue, so break-even comes no later as it rises: bisection for
 *   the smallest price that reaches the goal.
 * - Initialisation hours only add cost, so break-even comes no earlier as they rise: bisection
 *   (on the mirrored axis) for the largest hours that still reach it.
 * - New instances per month add revenue and variable costs, and through the instance cap and
 *   rounding need not act one way: a coarse-to-fine scan (goal-seek-search.ts).
 * Either way the answer is checked: it reaches the goal and one step less (more, for hours) was
 * evaluated and does not.
 *
 * Break-even by month N depends only on months 1…N (the engine is causal), so the candidates are
 * simulated over N months when that is much shorter than the horizon; "best possible" uses the
 * full horizon.
 */

/** The fields the registry lets goal seek move. */
export type GoalSeekField = GoalSeekPath;
export const GOAL_SEEK_FIELDS: readonly GoalSeekField[] = [
  'price.perInstance',
  'growth.newPerMonth',
  'msp.initHours',
  'isv.initHours',
];

export type GoalSeekMethod = 'bisection' | 'scan';

export interface GoalSeekRequest {
  field: GoalSeekField;
  /** Break even by the end of this month (goLive ≤ N ≤ horizon). */
  targetMonth: number;
  /** Search a narrower range (decimal text within the field's bounds); tests use it for brute force. */
  range?: { min: string; max: string };
}

interface GoalSeekCommon {
  field: GoalSeekField;
  targetMonth: number;
  method: GoalSeekMethod;
  /** The scenario's own value and its partnership break-even month (full horizon). */
  current: { value: string; month: number | null };
  /** Engine runs made. */
  runs: number;
}

export type GoalSeekResult =
  | (GoalSeekCommon & {
      kind: 'reached';
      /** The smallest (largest, for hours) value reaching the goal, canonical decimal text. */
      value: string;
      /** The partnership break-even month with that value (≤ targetMonth). */
      month: number;
      /** The value one step further (that does not reach), or null at the field's bound. */
      neighbour: string | null;
    })
  | (GoalSeekCommon & {
      kind: 'unreachable';
      /** The value with the earliest break-even found, and that month (null: never within the horizon). */
      bestValue: string;
      bestMonth: number | null;
    })
  | (GoalSeekCommon & { kind: 'invalid-target'; message: string });

/** Which end of the range the answer is at: the smallest value or the largest. */
export function seeksLargest(field: GoalSeekField): boolean {
  return field === 'msp.initHours' || field === 'isv.initHours';
}

export function methodOf(field: GoalSeekField): GoalSeekMethod {
  return field === 'growth.newPerMonth' ? 'scan' : 'bisection';
}

function rangeOf(field: AnalysisField, request: GoalSeekRequest): { min: bigint; max: bigint } {
  const bounds = fieldBounds(field);
  if (!request.range) return bounds;
  const min = clamp(toScaled(request.range.min, bounds.places), bounds.min, bounds.max);
  const max = clamp(toScaled(request.range.max, bounds.places), min, bounds.max);
  return { min, max };
}

/** A partnership break-even month per candidate value, cached (searches revisit bounds). */
function evaluator(scenario: Scenario, field: AnalysisField, horizon: number) {
  const cache = new Map<bigint, number | null>();
  const short: Scenario = { ...scenario, horizonMonths: horizon };
  let runs = 0;
  return {
    month(steps: bigint): number | null {
      const known = cache.get(steps);
      if (known !== undefined) return known;
      runs++;
      const month = simulate(withSteps(short, field, steps)).summary.partnershipBreakEvenMonth;
      cache.set(steps, month);
      return month;
    },
    get runs() {
      return runs;
    },
  };
}

/** Lets a stepper count its progress in engine runs while a search runs. */
function* counted<R>(
  search: Generator<void, R, void>,
  runs: () => number,
  total: number,
): Generator<AnalysisProgress, R, void> {
  for (;;) {
    const next = search.next();
    if (next.done) return next.value;
    const done = runs();
    yield { done, total: Math.max(total, done) };
  }
}

/** The stepper: yields progress after every engine run, returns the answer. */
export function* goalSeekSteps(
  scenario: Scenario,
  request: GoalSeekRequest,
): Generator<AnalysisProgress, GoalSeekResult, void> {
  const { field, targetMonth: n } = request;
  const method = methodOf(field);
  const currentSteps = readScaled(scenario, field);
  const current = {
    value: stepsToDecimal(field, currentSteps),
    month: simulate(scenario).summary.partnershipBreakEvenMonth,
  };
  const common = { field, targetMonth: n, method, current };
  const goLive = scenario.investmentMonths + 1;
  if (!Number.isInteger(n) || n < goLive || n > scenario.horizonMonths) {
    const message =
      n < goLive
        ? `The partnership can break even at the earliest in month ${goLive}, the go-live month.`
        : `Choose a month from ${goLive} to ${scenario.horizonMonths} (the horizon).`;
    return { ...common, kind: 'invalid-target', message, runs: 1 };
  }
  const { min, max } = rangeOf(field, request);
  // Much shorter than the horizon: simulate N months only (and the horizon once for "best").
  const horizon = 2 * n < scenario.horizonMonths ? n : scenario.horizonMonths;
  const short = evaluator(scenario, field, horizon);
  const fullFor =
    horizon === scenario.horizonMonths ? short : evaluator(scenario, field, scenario.horizonMonths);
  const runs = () => 1 + short.runs + (fullFor === short ? 0 : fullFor.runs);
  const reachesAt = (steps: bigint) => {
    const m = short.month(steps);
    return m !== null && m <= n;
  };

  // "Largest hours" is "smallest" on the mirrored axis v' = min + max − v.
  const largest = seeksLargest(field);
  const toAxis = (v: bigint) => (largest ? min + max - v : v);
  const reaches: Reaches = (a) => reachesAt(toAxis(a));

  let answer: bigint | null;
  let grid: bigint[] = [];
  if (method === 'bisection') {
    const width = max - min;
    answer = yield* counted(
      bisectSmallest(reaches, min, max, toAxis(currentSteps)),
      runs,
      1 + bisectRunBound(width),
    );
  } else {
    grid = scanGrid(min, max);
    answer = yield* counted(scanSmallest(reaches, grid), runs, 1 + scanRunBound(grid));
  }

  if (answer !== null) {
    const value = toAxis(answer);
    const next = largest ? value + 1n : value - 1n;
    const neighbour = next < min || next > max ? null : stepsToDecimal(field, next);
    return {
      ...common,
      kind: 'reached',
      value: stepsToDecimal(field, value),
      month: short.month(value) ?? n,
      neighbour,
      runs: runs(),
    };
  }
  // Not reachable. Monotone: the best is the far end of the range. Scan: the best grid point.
  const candidates = method === 'bisection' ? [toAxis(max)] : grid;
  let bestValue = candidates[0] ?? min;
  let bestMonth: number | null = null;
  const total = runs() + candidates.length;
  for (const c of candidates) {
    const m = fullFor.month(c);
    yield { done: runs(), total };
    if (m !== null && (bestMonth === null || m < bestMonth)) {
      bestMonth = m;
      bestValue = c;
    }
  }
  return {
    ...common,
    kind: 'unreachable',
    bestValue: stepsToDecimal(field, bestValue),
    bestMonth,
    runs: runs(),
  };
}

export function goalSeek(scenario: Scenario, request: GoalSeekRequest): GoalSeekResult {
  const steps = goalSeekSteps(scenario, request);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
