import { instanceSeries } from './instances';
import { runBig, runFast } from './month-loop';
import type { MoneyColumns } from './month-loop';
import { makePlan } from './plan';
import type { Plan, PartnerPlan } from './plan';
import { summarize } from './summary';
import type { Effort } from './item-amounts';
import type { PartnerKey, Scenario, ScenarioV2, SimulationResult } from './types';

/**
 * simulate(): the whole engine for one scenario (spec sections 3–6).
 *
 * Per-year amounts are computed exactly up front (plan.ts), the instance series next (it does
 * not depend on money), then one of the two month loops of month-loop.ts: float64 integers when a
 * cheap, sound bound proves that no amount can leave the safe range, BigInt otherwise.
 */
export type EnginePath = 'fast' | 'bigint';

const MAX_PER_MONTH = 2n ** 48n; // allocateFast's limit for amounts and weights
const MAX_TOTAL = BigInt(Number.MAX_SAFE_INTEGER);

function max(values: readonly bigint[]): bigint {
  return values.reduce((m, v) => (v > m ? v : m), 0n);
}

/** An upper bound on partner p's cost in any month: init, the largest fixed and unit costs. */
function maxCost(p: PartnerPlan, maxBilled: bigint): bigint {
  return p.init + max(p.fixed) + max(p.unit) * maxBilled;
}

/**
 * Whether every value of the fast loop stays a safe integer. With M bounding R + C_a + C_b in any
 * month: every share, cost, profit and allocate weight is ≤ M; each position and each running sum
 * is at most H·M in size; the loop compares against 2·loss ≤ 2·H·M. So M < 2^48 and
 * 2·(H + 1)·M ≤ 2^53 − 1 suffice, with the price itself (stored every month) ≤ 2^53 − 1.
 * All amounts are non-negative except positions.
 */
export function fitsFastPath(plan: Plan, maxBilled: number): boolean {
  const billed = BigInt(maxBilled);
  const maxPrice = max(plan.price);
  const perMonth = maxPrice * billed + maxCost(plan.msp, billed) + maxCost(plan.isv, billed);
  // The price column is stored too, even in months (or runs) that bill nothing.
  return (
    maxPrice <= MAX_TOTAL &&
    perMonth < MAX_PER_MONTH &&
    2n * BigInt(plan.horizon + 1) * perMonth <= MAX_TOTAL
  );
}

export interface SimulateOptions {
  /**
   * Effort percentages per partner and category (spec section 10.1): each partner's hours count
   * as hours × e / 100, exactly. The risk analysis's runs use this.
   */
  effort?: Partial<Record<PartnerKey, Effort>>;
}

/** simulate with a chosen path: 'fast' is only honoured when it is exact (tests compare paths). */
export function simulateVia(
  scenario: Scenario | ScenarioV2,
  path: EnginePath | 'auto',
  options?: SimulateOptions,
): SimulationResult {
  const plan = makePlan(scenario, options?.effort);
  const series = instanceSeries(plan.horizon, plan.goLive, plan.growth);
  const fast = path !== 'bigint' && fitsFastPath(plan, series.maxBilled);
  const cols: MoneyColumns<Float64Array> | MoneyColumns<bigint[]> = fast
    ? runFast(plan, series.billed)
    : runBig(plan, series.billed);
  return {
    horizonMonths: plan.horizon,
    phase: cols.phase,
    instances: series.instances,
    billedInstances: series.billed,
    price: cols.price,
    revenue: cols.revenue,
    msp: cols.msp,
    isv: cols.isv,
    summary: summarize(cols, plan.goLive),
  };
}

/**
 * The phase engine: one scenario of either format in, every month and the summary out, exact to
 * the cent. `uncertainty` is not used here: it is the risk analysis's input.
 */
export function simulate(
  scenario: Scenario | ScenarioV2,
  options?: SimulateOptions,
): SimulationResult {
  return simulateVia(scenario, 'auto', options);
}
