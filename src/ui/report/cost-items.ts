import {
  PARTNER_KEYS,
  canonicalDecimal,
  centsToString,
  partnerAmounts,
  scaledIntToString,
} from '../../engine';
import type {
  CostItem,
  DecimalString,
  PartnerAmounts,
  PartnerInput,
  PartnerInputV2,
  PartnerKey,
  ScenarioV2,
} from '../../engine';

/**
 * A format-2 partner's cost items as the report, the month explanation, the items CSV and the
 * comparison show them: each item numbered for an agreement to cite ("A.1" for the first
 * partner's first item, "B.1" for the second's), its rate and its money amounts at year-0 rates,
 * and the partner's subtotals as the engine computes them. Every amount is the engine's
 * (`partnerAmounts`), as canonical money text; nothing goes through floating point.
 */

/** The letter before each partner's item numbers. */
export const ITEM_PREFIX: Record<PartnerKey, string> = { msp: 'A', isv: 'B' };

/** Set-up, monthly and per-instance money amounts at year-0 rates, canonical money text. */
export interface ItemMoney {
  init: string;
  fixed: string;
  unit: string;
}

export const MONEY_KEYS = ['init', 'fixed', 'unit'] as const satisfies readonly (keyof ItemMoney)[];

/** The six amounts of an item, in the order the views list them. */
export const AMOUNT_KEYS = [
  'initHours',
  'initOther',
  'monthlyHours',
  'monthlyOther',
  'hoursPerInstance',
  'otherPerInstance',
] as const satisfies readonly (keyof CostItem)[];
export type AmountKey = (typeof AMOUNT_KEYS)[number];

export interface ItemRow {
  /** "A.1", "B.3". */
  number: string;
  item: CostItem;
  /** The rate its hours are costed at: its own, or the partner's. */
  rate: DecimalString;
  /** True where the item has its own rate (false: the partner's). */
  ownRate: boolean;
  money: ItemMoney;
}

export interface PartnerItems {
  key: PartnerKey;
  label: string;
  hourlyRate: DecimalString;
  rows: ItemRow[];
  /** The engine's init, fixed and unit of the partner (one rounding of the exact sums). */
  subtotal: ItemMoney;
  /**
   * Each item is rounded to the cent on its own, the subtotal once: where they differ (by a
   * cent or so), the views say so instead of showing a sum that does not add up.
   */
  roundingDiffers: boolean;
}

function moneyOf(a: PartnerAmounts): ItemMoney {
  return {
    init: centsToString(a.init),
    fixed: centsToString(a.fixed),
    unit: centsToString(a.unit),
  };
}

/** One item's year-0 amounts: the engine's sums of a partner that holds only this item. */
function itemAmounts(partner: PartnerInputV2, item: CostItem): PartnerAmounts {
  return partnerAmounts({ label: partner.label, hourlyRate: partner.hourlyRate, items: [item] });
}

/** One item's year-0 money, at its own rate or `partner`'s. */
export function itemMoney(partner: PartnerInputV2, item: CostItem): ItemMoney {
  return moneyOf(itemAmounts(partner, item));
}

export function partnerItems(s: ScenarioV2, key: PartnerKey): PartnerItems {
  const partner = s[key];
  let sum: PartnerAmounts = { init: 0n, fixed: 0n, unit: 0n };
  const rows = partner.items.map((item, i): ItemRow => {
    const amounts = itemAmounts(partner, item);
    sum = {
      init: sum.init + amounts.init,
      fixed: sum.fixed + amounts.fixed,
      unit: sum.unit + amounts.unit,
    };
    return {
      number: `${ITEM_PREFIX[key]}.${i + 1}`,
      item,
      rate: item.hourlyRate ?? partner.hourlyRate,
      ownRate: item.hourlyRate !== null,
      money: moneyOf(amounts),
    };
  });
  const total = partnerAmounts(partner);
  return {
    key,
    label: partner.label,
    hourlyRate: partner.hourlyRate,
    rows,
    subtotal: moneyOf(total),
    roundingDiffers:
      sum.init !== total.init || sum.fixed !== total.fixed || sum.unit !== total.unit,
  };
}

/** Both partners' items, the first partner first. */
export function scenarioItems(s: ScenarioV2): PartnerItems[] {
  return PARTNER_KEYS.map((key) => partnerItems(s, key));
}

/** Decimal text as an exact integer of 10^-decimals (non-negative, at most `decimals` places). */
function scaled(text: string, decimals: number): bigint {
  const [whole = '0', frac = ''] = text.split('.');
  return BigInt(whole + frac.padEnd(decimals, '0'));
}

/** The exact sum of one amount over a partner's items, canonical text ("200", "0.75"). */
export function amountTotal(items: readonly CostItem[], key: AmountKey): DecimalString {
  // Hours have at most 4 decimals, money 2 (spec section 2).
  const decimals = /hours/i.test(key) ? 4 : 2;
  const total = items.reduce((acc, item) => acc + scaled(item[key], decimals), 0n);
  return canonicalDecimal(scaledIntToString(total, decimals));
}

/**
 * A format-2 partner as format 1's six totals (each amount summed over its items): what the
 * report's partner table shows, the same figures as before costs were itemised.
 */
export function summedPartner(p: PartnerInputV2): PartnerInput {
  const sums = Object.fromEntries(AMOUNT_KEYS.map((k) => [k, amountTotal(p.items, k)]));
  return { label: p.label, hourlyRate: p.hourlyRate, ...(sums as Record<AmountKey, string>) };
}
