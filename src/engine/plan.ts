import { amountsFromSums, itemSums } from './item-amounts';
import type { Effort, ItemSums } from './item-amounts';
import { roundDivBig } from './rounding';
import { toScaled } from './scaled';
import type { PartnerInput, PartnerInputV2, PartnerKey, Scenario, ScenarioV2 } from './types';

/**
 * Everything the month loop needs, as exact integers, computed once per run (spec sections 3–4).
 * This is O(years), so it uses BigInt freely; the month loop then only indexes these arrays.
 */
export interface PartnerPlan {
  /** One-time init, cents. */
  init: bigint;
  /** The init spread (spec section 4): initEach in months 1…initMonth−1, initLast in initMonth. */
  initEach: bigint;
  initLast: bigint;
  /** fixed[yc] and unit[yc] per cost year, cents. */
  fixed: bigint[];
  unit: bigint[];
}

export interface GrowthPlan {
  /** Millionths of an instance. */
  start: number;
  newPerMonth: number;
  /** growthPct/100 and churnPct/100 in millionths, i.e. the percent × 10^4 (≤ 4 decimals: exact). */
  g: number;
  c: number;
  /** maxInstances in millionths, or null without a cap. */
  cap: number | null;
  /** Upper clamp in millionths: the cap, or 10,000,000 instances. */
  limit: number;
}

export interface Plan {
  horizon: number;
  /** k = investmentMonths; go-live G = k + 1. */
  investment: number;
  goLive: number;
  /** The month that takes the rest of the init: k, or month 1 when k = 0. */
  initMonth: number;
  /** price[yp] per price year, cents. */
  price: bigint[];
  msp: PartnerPlan;
  isv: PartnerPlan;
  growth: GrowthPlan;
}

const MILLION = 1_000_000n;
/** The most instances the engine models without a cap (spec section 4). */
export const INSTANCE_LIMIT = 10_000_000;

/** x[0..years−1] with x[y] = round2(x[y−1] × (1 + pct/100)), step by step (spec section 3). */
export function escalate(first: bigint, pct: string, years: number): bigint[] {
  const factor = MILLION + toScaled(pct, 4); // 1 + pct/100, in millionths
  // No change (the common case): round2(x × 1) is x, so no arithmetic is needed.
  if (factor === MILLION) return new Array<bigint>(Math.max(1, years)).fill(first);
  const out: bigint[] = [first];
  let x = first;
  for (let y = 1; y < years; y++) {
    x = roundDivBig(x * factor, MILLION);
    out.push(x);
  }
  return out;
}

/**
 * The months that every part of the plan is laid out on (spec section 4): go-live, the month that
 * takes the rest of the init, and how many cost and price years the horizon spans.
 */
export interface PlanFrame {
  horizon: number;
  investment: number;
  goLive: number;
  initMonth: number;
  costYears: number;
  priceYears: number;
}

export function planFrame(horizon: number, investmentMonths: number): PlanFrame {
  const goLive = investmentMonths + 1;
  return {
    horizon,
    investment: investmentMonths,
    goLive,
    initMonth: Math.max(1, investmentMonths),
    costYears: Math.floor((horizon - 1) / 12) + 1,
    priceYears: Math.floor((horizon - goLive) / 12) + 1,
  };
}

/** price[yp] per price year, cents. */
export function pricePlan(price: Scenario['price'], frame: PlanFrame): bigint[] {
  // price.perInstance has at most 2 decimals, so round2 leaves it unchanged.
  return escalate(toScaled(price.perInstance, 2), price.yearlyChangePct, frame.priceYears);
}

/** The sums of a partner's items, either format: a format-1 partner is its own single item. */
export function partnerSums(p: PartnerInput | PartnerInputV2): ItemSums {
  return itemSums(p.hourlyRate, 'items' in p ? p.items : [p]);
}

/** A partner's init spread and per-year costs, its hours scaled by `effort` (section 10.1). */
export function partnerPlan(
  sums: ItemSums,
  effort: Effort | undefined,
  costPct: string,
  frame: PlanFrame,
): PartnerPlan {
  const amounts = amountsFromSums(sums, effort);
  const { init } = amounts;
  const k = frame.investment;
  // floor2(init / k) in months 1…k−1 (init ≥ 0, so BigInt's truncation is the floor); the rest in k.
  const initEach = k > 0 ? init / BigInt(k) : 0n;
  const initLast = k > 0 ? init - initEach * BigInt(k - 1) : init;
  return {
    init,
    initEach,
    initLast,
    fixed: escalate(amounts.fixed, costPct, frame.costYears),
    unit: escalate(amounts.unit, costPct, frame.costYears),
  };
}

export function growthPlan(growth: Scenario['growth']): GrowthPlan {
  const cap = growth.maxInstances;
  return {
    start: Number(toScaled(growth.startInstances, 6)),
    newPerMonth: Number(toScaled(growth.newPerMonth, 6)),
    g: Number(toScaled(growth.growthPct, 4)),
    c: Number(toScaled(growth.churnPct, 4)),
    cap: cap === null ? null : cap * 1_000_000,
    limit: (cap ?? INSTANCE_LIMIT) * 1_000_000,
  };
}

/** The plan from its parts: the risk analysis reuses the parts a run leaves unchanged. */
export function assemblePlan(
  frame: PlanFrame,
  parts: Pick<Plan, 'price' | 'msp' | 'isv' | 'growth'>,
): Plan {
  const { horizon, investment, goLive, initMonth } = frame;
  return { horizon, investment, goLive, initMonth, ...parts };
}

/**
 * The plan of a scenario of either format. `effort` scales each partner's hours by category
 * (section 10.1), for the risk analysis's runs.
 */
export function makePlan(
  s: Scenario | ScenarioV2,
  effort?: Partial<Record<PartnerKey, Effort>>,
): Plan {
  const frame = planFrame(s.horizonMonths, s.investmentMonths);
  const costPct = s.costs.yearlyChangePct;
  return assemblePlan(frame, {
    price: pricePlan(s.price, frame),
    msp: partnerPlan(partnerSums(s.msp), effort?.msp, costPct, frame),
    isv: partnerPlan(partnerSums(s.isv), effort?.isv, costPct, frame),
    growth: growthPlan(s.growth),
  });
}
