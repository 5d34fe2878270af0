import type { PartnerInput, PartnerInputV2, Scenario, ScenarioV2 } from './types';

/**
 * Format 1 read as format 2 (spec section 9): each partner's six amounts become one item at the
 * partner's rate, and the uncertainty is the default one with no ranges. The upgrade simulates
 * exactly like the original: one item's sums are the format-1 products themselves.
 */

export const UPGRADED_ITEM_LABEL = 'All costs';

function upgradePartner(p: PartnerInput): PartnerInputV2 {
  const { label, hourlyRate, ...amounts } = p;
  return {
    label,
    hourlyRate,
    items: [{ label: UPGRADED_ITEM_LABEL, hourlyRate: null, ...amounts }],
  };
}

/** A new format-2 scenario from a format-1 one; the input is not changed (it may be frozen). */
export function upgradeScenario(v1: Scenario): ScenarioV2 {
  return {
    version: 2,
    name: v1.name,
    currency: v1.currency,
    horizonMonths: v1.horizonMonths,
    investmentMonths: v1.investmentMonths,
    msp: upgradePartner(v1.msp),
    isv: upgradePartner(v1.isv),
    price: { ...v1.price },
    growth: { ...v1.growth },
    costs: { ...v1.costs },
    uncertainty: { runs: 1000, seed: 1, ranges: [] },
  };
}
