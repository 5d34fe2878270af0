import type { PartnerKey, SplitDifference, SplitFigures, FixedSplitResult } from '../../engine';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { plural } from '../format/month';

/**
 * The comparison told in sentences, from the engine's exact figures and differences. Both models
 * share out the same revenue against the same costs, so what one partner gains under the fixed
 * split the other loses, to the cent: the first sentence says who and by how much.
 */
export type Labels = Record<PartnerKey, string>;

const cents = (money: string): bigint => BigInt(money.replace('.', ''));
const absText = (money: string): string => (money.startsWith('-') ? money.slice(1) : money);

export function splitName(split: FixedSplitResult, labels: Labels): string {
  return `a fixed split (${labels.isv} ${formatPercentText(split.isvPct)}, ${labels.msp} ${formatPercentText(split.mspPct)} of each month’s revenue)`;
}

/** Who ends the horizon better off under the fixed split, and by how much. */
export function verdictSentence(
  split: FixedSplitResult,
  diff: Record<PartnerKey, SplitDifference>,
  labels: Labels,
  currency: string,
  horizonMonths: number,
): string {
  const name = splitName(split, labels);
  const gain = cents(diff.isv.finalPosition);
  const period = `the ${horizonMonths} months`;
  if (gain === 0n) {
    return `With ${name}, both partners end ${period} exactly where the five-phase model leaves them.`;
  }
  const winner: PartnerKey = gain > 0n ? 'isv' : 'msp';
  const loser: PartnerKey = winner === 'isv' ? 'msp' : 'isv';
  const amount = formatMoney(absText(diff.isv.finalPosition), currency);
  return `With ${name}, ${labels[winner]} ends ${period} ${amount} better off and ${labels[loser]} ${amount} worse off than under the five-phase model.`;
}

function breakEvenClause(
  key: PartnerKey,
  model: SplitFigures,
  split: SplitFigures,
  d: SplitDifference,
  labels: Labels,
): string {
  const who = labels[key];
  if (model.breakEvenMonth === null && split.breakEvenMonth === null) {
    return `${who} never breaks even, as under the five-phase model`;
  }
  if (split.breakEvenMonth === null) {
    return `${who} never breaks even (month ${model.breakEvenMonth} under the five-phase model)`;
  }
  if (model.breakEvenMonth === null) {
    return `${who} breaks even in month ${split.breakEvenMonth} (never under the five-phase model)`;
  }
  const months = d.breakEvenMonths ?? 0;
  if (months === 0) return `${who} breaks even in month ${split.breakEvenMonth}, as before`;
  const when = months > 0 ? 'later' : 'earlier';
  return `${who} breaks even in month ${split.breakEvenMonth} instead of ${model.breakEvenMonth} (${plural(Math.abs(months), 'month', 'months')} ${when})`;
}

function exposureClause(
  key: PartnerKey,
  split: SplitFigures,
  d: SplitDifference,
  labels: Labels,
  currency: string,
): string {
  const delta = cents(d.maxExposure);
  const at = `${labels[key]} ${formatMoney(split.maxExposure, currency)}`;
  if (delta === 0n) return `${at} (the same)`;
  const more = delta > 0n ? 'more' : 'less';
  return `${at} (${formatMoney(absText(d.maxExposure), currency)} ${more})`;
}

/** Break-even and risk under the fixed split, compared with the five-phase model. */
export function detailSentence(
  model: Record<PartnerKey, SplitFigures>,
  split: FixedSplitResult,
  diff: Record<PartnerKey, SplitDifference>,
  labels: Labels,
  currency: string,
): string {
  const be = (k: PartnerKey) => breakEvenClause(k, model[k], split[k], diff[k], labels);
  const ex = (k: PartnerKey) => exposureClause(k, split[k], diff[k], labels, currency);
  return `Under the fixed split ${be('msp')}; ${be('isv')}. Most out of pocket: ${ex('msp')}, ${ex('isv')}.`;
}
