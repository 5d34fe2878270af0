import { instanceSeries, seriesColumns } from '../instances';
import type { InstanceSeries } from '../instances';
import { assemblePlan, growthPlan, partnerPlan, planFrame, pricePlan } from '../plan';
import type { GrowthPlan, PartnerPlan, Plan } from '../plan';
import type { Effort } from '../item-amounts';
import type { PartnerKey } from '../types';
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

  get(key: string, make: () => T): T {
    if (this.value === null || key !== this.key) {
      this.value = make();
      this.key = key;
    }
    return this.value;
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

  constructor(private readonly horizon: number) {
    this.columns = seriesColumns(horizon);
  }

  plan({ scenario: s, effort }: RunInputs): RunPlan {
    const k = s.investmentMonths;
    const frame = planFrame(this.horizon, k);
    const costPct = s.costs.yearlyChangePct;
    const partner = (p: PartnerKey): PartnerPlan =>
      this.partners[p].get(`${effortKey(effort[p])}|${costPct}|${k}`, () =>
        partnerPlan(s[p], effort[p], costPct, frame),
      );
    const g = s.growth;
    const growth = this.growth.get(
      `${k}|${g.startInstances}|${g.newPerMonth}|${g.growthPct}|${g.churnPct}|${g.maxInstances}`,
      () => {
        const plan = growthPlan(g);
        return { plan, series: instanceSeries(this.horizon, frame.goLive, plan, this.columns) };
      },
    );
    const plan = assemblePlan(frame, {
      price: this.price.get(`${s.price.perInstance}|${s.price.yearlyChangePct}|${k}`, () =>
        pricePlan(s.price, frame),
      ),
      msp: partner('msp'),
      isv: partner('isv'),
      growth: growth.plan,
    });
    return { plan, series: growth.series };
  }
}
