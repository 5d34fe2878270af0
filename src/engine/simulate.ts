import { instanceSeries } from './instances';
import { runBig, runFast } from './month-loop';
import type { MoneyColumns } from './month-loop';
import { makePlan } from './plan';
import type { Plan, PartnerPlan } from './plan';
import { summarize } from './summary';
import type { Scenario, SimulationResult } from './types';

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

/** simulate with a chosen path: 'fast' is only honoured when it is exact (tests compare paths). */
export function simulateVia(scenario: Scenario, path: EnginePath | 'auto'): SimulationResult {
  const plan = makePlan(scenario);
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

/** The phase engine: one scenario in, every month and the summary out, exact to the cent. */
export function simulate(scenario: Scenario): SimulationResult {
  return simulateVia(scenario, 'auto');
}
