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
 * init, fixed and unit of the items: `partnerRate` is used for those whose rate is null. All
 * values are the schema's checked decimal strings.
 */
export function amountsOf(
  partnerRate: DecimalString,
  items: readonly AmountSource[],
  effort?: Effort,
): PartnerAmounts {
  let initLabour = 0n;
  let fixedLabour = 0n;
  let unitLabour = 0n;
  let initOther = 0n;
  let fixedOther = 0n;
  let unitOther = 0n;
  for (const item of items) {
    const rate = toScaled(item.hourlyRate ?? partnerRate, 2);
    initLabour += toScaled(item.initHours, 4) * rate;
    fixedLabour += toScaled(item.monthlyHours, 4) * rate;
    unitLabour += toScaled(item.hoursPerInstance, 4) * rate;
    initOther += toScaled(item.initOther, 2);
    fixedOther += toScaled(item.monthlyOther, 2);
    unitOther += toScaled(item.otherPerInstance, 2);
  }
  return {
    init: withEffort(initLabour, initOther, effort?.init),
    fixed: withEffort(fixedLabour, fixedOther, effort?.monthly),
    unit: withEffort(unitLabour, unitOther, effort?.perInstance),
  };
}

/** A format-2 partner's year-0 init, fixed and unit costs in cents, its hours scaled by `effort`. */
export function partnerAmounts(partner: PartnerInputV2, effort?: Effort): PartnerAmounts {
  return amountsOf(partner.hourlyRate, partner.items, effort);
}
