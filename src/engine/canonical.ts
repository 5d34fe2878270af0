import { centsToString, intAt, millionthsToString } from './columns';
import type { PartnerKey, PartnerMonths, SimulationResult, Summary } from './types';

/**
 * The canonical result of spec section 7: what `npm run simulate` prints and what the golden
 * vectors hold as `expected`. Strictly that shape: the summary's UI extras are left out.
 */
export interface CanonicalPartnerMonth {
  cost: string;
  share: string;
  position: string;
}

export interface CanonicalMonth {
  month: number;
  phase: number;
  instances: string;
  billedInstances: number;
  price: string;
  revenue: string;
  msp: CanonicalPartnerMonth;
  isv: CanonicalPartnerMonth;
}

export type CanonicalSummary = Pick<
  Summary,
  | 'goLiveMonth'
  | 'breakEvenMonth'
  | 'partnershipBreakEvenMonth'
  | 'maxExposure'
  | 'totalRevenue'
  | 'totals'
>;

export interface CanonicalResult {
  months: CanonicalMonth[];
  summary: CanonicalSummary;
}

function partnerMonth(p: PartnerMonths, i: number): CanonicalPartnerMonth {
  return {
    cost: centsToString(intAt(p.cost, i)),
    share: centsToString(intAt(p.share, i)),
    position: centsToString(intAt(p.position, i)),
  };
}

function pair<T>(r: Record<PartnerKey, T>): Record<PartnerKey, T> {
  return { msp: r.msp, isv: r.isv };
}

export function toCanonical(result: SimulationResult): CanonicalResult {
  const months: CanonicalMonth[] = [];
  for (let i = 0; i < result.horizonMonths; i++) {
    months.push({
      month: i + 1,
      phase: result.phase[i] ?? 0,
      instances: millionthsToString(intAt(result.instances, i)),
      billedInstances: result.billedInstances[i] ?? 0,
      price: centsToString(intAt(result.price, i)),
      revenue: centsToString(intAt(result.revenue, i)),
      msp: partnerMonth(result.msp, i),
      isv: partnerMonth(result.isv, i),
    });
  }
  const s = result.summary;
  return {
    months,
    summary: {
      goLiveMonth: s.goLiveMonth,
      breakEvenMonth: pair(s.breakEvenMonth),
      partnershipBreakEvenMonth: s.partnershipBreakEvenMonth,
      maxExposure: pair(s.maxExposure),
      totalRevenue: s.totalRevenue,
      totals: { msp: { ...s.totals.msp }, isv: { ...s.totals.isv } },
    },
  };
}
