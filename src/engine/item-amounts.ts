import { decimalPlaces } from './decimal-text';
import { roundDivBig } from './rounding';
import { toScaled } from './scaled';
import type { CostItem, DecimalString, PartnerInputV2 } from './types';

/**
 * A partner's derived amounts from its cost items (spec section 9), with an optional effort
 * percentage per category (section 10.1): exact sums, one round2 each. Labour sums are kept
 * as exact integers in millionths (hours have 4 decimals, rates 2), so an effort e scales them
 * exactly: Σ hours_i × e/100 × rate_i = e/100 × Σ hours_i × rate_i.
 */

/** What an item holds: format 2's cost item, or a format-1 partner (its own single item). */
export type AmountSource = Omit<CostItem, 'label'>;

/** Year-0 amounts of spec section 3, in cents. */
export interface PartnerAmounts {
  init: bigint;
  fixed: bigint;
  unit: bigint;
}

/** Effort percentages (100 = as planned) by category; a missing one is 100. */
export interface Effort {
  init?: DecimalString;
  monthly?: DecimalString;
  perInstance?: DecimalString;
}

const TEN = 10n;

/** round2(labour × e/100 + other): labour in millionths, other in cents, e decimal text (e ≥ 0). */
function withEffort(labour: bigint, other: bigint, effort: DecimalString | undefined): bigint {
  if (effort === undefined) return roundDivBig(labour + other * 10_000n, 10_000n);
  // e = E / 10^d, so labour × e / 100 in millionths is labour × E / 10^(d+2).
  const d = decimalPlaces(effort);
  const scale = TEN ** BigInt(d + 2);
  return roundDivBig(labour * toScaled(effort, d) + other * 10_000n * scale, 10_000n * scale);
}

/**
 * The exact sums of section 9 before their one rounding: labour (Σ hours_i × rate_i) in
 * millionths, other amounts in cents. They do not depend on effort, so the risk analysis sums a
 * partner's items once and applies each run's effort to the sums.
 */
export interface ItemSums {
  initLabour: bigint;
  fixedLabour: bigint;
  unitLabour: bigint;
  initOther: bigint;
  fixedOther: bigint;
  unitOther: bigint;
}

/** The sums of the items: `partnerRate` is used for those whose rate is null (checked decimal strings). */
export function itemSums(partnerRate: DecimalString, items: readonly AmountSource[]): ItemSums {
  const sums: ItemSums = {
    initLabour: 0n,
    fixedLabour: 0n,
    unitLabour: 0n,
    initOther: 0n,
    fixedOther: 0n,
    unitOther: 0n,
  };
  for (const item of items) {
    const rate = toScaled(item.hourlyRate ?? partnerRate, 2);
    sums.initLabour += toScaled(item.initHours, 4) * rate;
    sums.fixedLabour += toScaled(item.monthlyHours, 4) * rate;
    sums.unitLabour += toScaled(item.hoursPerInstance, 4) * rate;
    sums.initOther += toScaled(item.initOther, 2);
    sums.fixedOther += toScaled(item.monthlyOther, 2);
    sums.unitOther += toScaled(item.otherPerInstance, 2);
  }
  return sums;
}

/** init, fixed and unit from the sums, each partner's hours scaled by `effort`. */
export function amountsFromSums(sums: ItemSums, effort?: Effort): PartnerAmounts {
  return {
    init: withEffort(sums.initLabour, sums.initOther, effort?.init),
    fixed: withEffort(sums.fixedLabour, sums.fixedOther, effort?.monthly),
    unit: withEffort(sums.unitLabour, sums.unitOther, effort?.perInstance),
  };
}

/** init, fixed and unit of the items (see itemSums and amountsFromSums). */
export function amountsOf(
  partnerRate: DecimalString,
  items: readonly AmountSource[],
  effort?: Effort,
): PartnerAmounts {
  return amountsFromSums(itemSums(partnerRate, items), effort);
}

/** A format-2 partner's year-0 init, fixed and unit costs in cents, its hours scaled by `effort`. */
export function partnerAmounts(partner: PartnerInputV2, effort?: Effort): PartnerAmounts {
  return amountsOf(partner.hourlyRate, partner.items, effort);
}
