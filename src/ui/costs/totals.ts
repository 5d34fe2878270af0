import { canonicalDecimal, centsToString, partnerAmounts, scaledIntToString } from '../../engine';
import type { CostItem, PartnerInputV2 } from '../../engine';

/**
 * The figures under the items: each column's exact sum (hours to 4 decimals, other amounts to
 * the cent, as the schema bounds them) and the partner's set-up, monthly and per-instance costs,
 * which are the engine's own (`partnerAmounts`: Σ hours × rate + Σ other, one rounding each).
 */
export type AmountKey = Exclude<keyof CostItem, 'label' | 'hourlyRate'>;

export const CATEGORIES = [
  { key: 'init', hours: 'initHours', other: 'initOther' },
  { key: 'fixed', hours: 'monthlyHours', other: 'monthlyOther' },
  { key: 'unit', hours: 'hoursPerInstance', other: 'otherPerInstance' },
] as const;
export type CategoryKey = (typeof CATEGORIES)[number]['key'];

export interface CategoryTotals {
  /** Σ hours, canonical decimal text. */
  hours: string;
  /** Σ other amounts, canonical money text (2 decimals). */
  other: string;
  /** The partner's cost of the category as the engine computes it, canonical money text. */
  amount: string;
}

/** A checked, non-negative decimal text as an integer in units of 10^-places. */
function scaled(text: string, places: number): bigint {
  const [whole = '0', frac = ''] = text.split('.');
  return BigInt(whole + frac.padEnd(places, '0'));
}

function sum(items: readonly CostItem[], key: AmountKey, places: number): bigint {
  return items.reduce((total, item) => total + scaled(item[key], places), 0n);
}

/** The totals of a valid partner (its values checked by the schema), by category. */
export function partnerTotals(partner: PartnerInputV2): Record<CategoryKey, CategoryTotals> {
  const amounts = partnerAmounts(partner);
  const of = ({ key, hours, other }: (typeof CATEGORIES)[number]): CategoryTotals => ({
    hours: canonicalDecimal(scaledIntToString(sum(partner.items, hours, 4), 4)),
    other: centsToString(sum(partner.items, other, 2)),
    amount: centsToString(amounts[key]),
  });
  const [init, fixed, unit] = CATEGORIES.map(of) as [
    CategoryTotals,
    CategoryTotals,
    CategoryTotals,
  ];
  return { init, fixed, unit };
}
