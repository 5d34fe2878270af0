import { instanceSeries, seriesColumns } from '../instances';
import type { InstanceSeries } from '../instances';
import { assemblePlan, growthPlan, partnerPlan, partnerSums, planFrame, pricePlan } from '../plan';
import type { GrowthPlan, PartnerPlan, Plan, PlanFrame } from '../plan';
import type { Effort, ItemSums } from '../item-amounts';
import type { PartnerKey, ScenarioV2 } from '../types';
import type { RunInputs } from './run-inputs';

/**
 * The plan and instance series of each run, built from plan.ts's own parts. Runs usually vary a
 * few inputs only, so each part is kept with the inputs it was made from and rebuilt only when
 * those change: with no growth range every run shares one instance series, with no cost range
 * one pair of partner plans. The series is written into one pair of columns for all runs.
 */
class LastValue<T> {
  private key: string | null = null;
  private value: T | null = null;

  /** The value kept for `key`, or null if the one kept was made from other inputs. */
  for(key: string): T | null {
    return key === this.key ? this.value : null;
  }

  keep(key: string, value: T): T {
    this.key = key;
    this.value = value;
    return value;
  }
}

const effortKey = (e: Effort): string =>
  `${e.init ?? ''}|${e.monthly ?? ''}|${e.perInstance ?? ''}`;

export interface RunPlan {
  plan: Plan;
  series: InstanceSeries;
}

export class RunPlanner {
  private readonly price = new LastValue<bigint[]>();
  private readonly partners: Record<PartnerKey, LastValue<PartnerPlan>> = {
    msp: new LastValue(),
    isv: new LastValue(),
  };
  private readonly growth = new LastValue<{ plan: GrowthPlan; series: InstanceSeries }>();
  private readonly columns: InstanceSeries;
  /** The items never vary between runs: they are summed once (effort scales the sums). */
  private readonly sums: Record<PartnerKey, ItemSums>;
  private readonly horizon: number;

  constructor(base: ScenarioV2) {
    this.horizon = base.horizonMonths;
    this.columns = seriesColumns(this.horizon);
    this.sums = { msp: partnerSums(base.msp), isv: partnerSums(base.isv) };
  }

  // Written without closures: this runs once per run, up to 10,000 times per analysis.
  plan({ scenario: s, effort }: RunInputs): RunPlan {
    const k = s.investmentMonths;
    const frame = planFrame(this.horizon, k);
    const g = s.growth;
    const growthKey = `${k}|${g.startInstances}|${g.newPerMonth}|${g.growthPct}|${g.churnPct}|${g.maxInstances}`;
    const growth = this.growth.for(growthKey) ?? this.growth.keep(growthKey, this.series(g, frame));
    const priceKey = `${s.price.perInstance}|${s.price.yearlyChangePct}|${k}`;
    const price = this.price.for(priceKey) ?? this.price.keep(priceKey, pricePlan(s.price, frame));
    const costPct = s.costs.yearlyChangePct;
    const plan = assemblePlan(frame, {
      price,
      msp: this.partner('msp', effort.msp, costPct, frame),
      isv: this.partner('isv', effort.isv, costPct, frame),
      growth: growth.plan,
    });
    return { plan, series: growth.series };
  }

  private partner(p: PartnerKey, effort: Effort, costPct: string, frame: PlanFrame): PartnerPlan {
    const cache = this.partners[p];
    const key = `${effortKey(effort)}|${costPct}|${frame.investment}`;
    return cache.for(key) ?? cache.keep(key, partnerPlan(this.sums[p], effort, costPct, frame));
  }

  private series(growth: ScenarioV2['growth'], frame: PlanFrame) {
    const plan = growthPlan(growth);
    return { plan, series: instanceSeries(this.horizon, frame.goLive, plan, this.columns) };
  }
}
