import { amountsOf } from './item-amounts';
import type { Effort, PartnerAmounts } from './item-amounts';
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
  const out: bigint[] = [first];
  let x = first;
  for (let y = 1; y < years; y++) {
    x = roundDivBig(x * factor, MILLION);
    out.push(x);
  }
  return out;
}

function partnerPlan(
  amounts: PartnerAmounts,
  costPct: string,
  costYears: number,
  investment: number,
): PartnerPlan {
  const { init } = amounts;
  // floor2(init / k) in months 1…k−1 (init ≥ 0, so BigInt's truncation is the floor); the rest in k.
  const initEach = investment > 0 ? init / BigInt(investment) : 0n;
  const initLast = investment > 0 ? init - initEach * BigInt(investment - 1) : init;
  return {
    init,
    initEach,
    initLast,
    fixed: escalate(amounts.fixed, costPct, costYears),
    unit: escalate(amounts.unit, costPct, costYears),
  };
}

/** Year-0 amounts of a partner of either format (section 9): a format-1 partner is its own single item. */
function amountsOfPartner(p: PartnerInput | PartnerInputV2, effort?: Effort): PartnerAmounts {
  return amountsOf(p.hourlyRate, 'items' in p ? p.items : [p], effort);
}

/**
 * The plan of a scenario of either format. `effort` scales each partner's hours by category
 * (section 10.1), for the risk analysis's runs.
 */
export function makePlan(
  s: Scenario | ScenarioV2,
  effort?: Partial<Record<PartnerKey, Effort>>,
): Plan {
  const horizon = s.horizonMonths;
  const goLive = s.investmentMonths + 1;
  const costYears = Math.floor((horizon - 1) / 12) + 1;
  const priceYears = Math.floor((horizon - goLive) / 12) + 1;
  const cap = s.growth.maxInstances;
  return {
    horizon,
    investment: s.investmentMonths,
    goLive,
    initMonth: Math.max(1, s.investmentMonths),
    // price.perInstance has at most 2 decimals, so round2 leaves it unchanged.
    price: escalate(toScaled(s.price.perInstance, 2), s.price.yearlyChangePct, priceYears),
    msp: partnerPlan(
      amountsOfPartner(s.msp, effort?.msp),
      s.costs.yearlyChangePct,
      costYears,
      s.investmentMonths,
    ),
    isv: partnerPlan(
      amountsOfPartner(s.isv, effort?.isv),
      s.costs.yearlyChangePct,
      costYears,
      s.investmentMonths,
    ),
    growth: {
      start: Number(toScaled(s.growth.startInstances, 6)),
      newPerMonth: Number(toScaled(s.growth.newPerMonth, 6)),
      g: Number(toScaled(s.growth.growthPct, 4)),
      c: Number(toScaled(s.growth.churnPct, 4)),
      cap: cap === null ? null : cap * 1_000_000,
      limit: (cap ?? INSTANCE_LIMIT) * 1_000_000,
    },
  };
}
