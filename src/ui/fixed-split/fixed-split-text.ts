import type { PartnerKey, SplitDifference, SplitFigures, FixedSplitResult } from '../../engine';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { t } from '../i18n';

/**
 * The comparison told in sentences, from the engine's exact figures and differences. Both models
 * share out the same revenue against the same costs, so what one partner gains under the fixed
 * split the other loses, to the cent: the first sentence says who and by how much.
 */
export type Labels = Record<PartnerKey, string>;

const cents = (money: string): bigint => BigInt(money.replace('.', ''));
const absText = (money: string): string => (money.startsWith('-') ? money.slice(1) : money);

export function splitName(split: FixedSplitResult, labels: Labels): string {
  return t('fixedSplit.name', {
    isv: labels.isv,
    isvPct: formatPercentText(split.isvPct),
    msp: labels.msp,
    mspPct: formatPercentText(split.mspPct),
  });
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
  if (gain === 0n) {
    return t('fixedSplit.verdictEqual', { split: name, months: horizonMonths });
  }
  const winner: PartnerKey = gain > 0n ? 'isv' : 'msp';
  const loser: PartnerKey = winner === 'isv' ? 'msp' : 'isv';
  return t('fixedSplit.verdict', {
    split: name,
    winner: labels[winner],
    loser: labels[loser],
    months: horizonMonths,
    amount: formatMoney(absText(diff.isv.finalPosition), currency),
  });
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
    return t('fixedSplit.neverBoth', { who });
  }
  if (split.breakEvenMonth === null) {
    return t('fixedSplit.neverSplit', { who, model: model.breakEvenMonth ?? '' });
  }
  if (model.breakEvenMonth === null) {
    return t('fixedSplit.neverModel', { who, split: split.breakEvenMonth });
  }
  const months = d.breakEvenMonths ?? 0;
  if (months === 0) return t('fixedSplit.sameMonth', { who, split: split.breakEvenMonth });
  return t('fixedSplit.movedMonth', {
    who,
    split: split.breakEvenMonth,
    model: model.breakEvenMonth,
    n: Math.abs(months),
    way: months > 0 ? 'later' : 'earlier',
  });
}

function exposureClause(
  key: PartnerKey,
  split: SplitFigures,
  d: SplitDifference,
  labels: Labels,
  currency: string,
): string {
  const delta = cents(d.maxExposure);
  const values = { who: labels[key], amount: formatMoney(split.maxExposure, currency) };
  if (delta === 0n) return t('fixedSplit.exposureSame', values);
  const change = { ...values, delta: formatMoney(absText(d.maxExposure), currency) };
  return t(delta > 0n ? 'fixedSplit.exposureMore' : 'fixedSplit.exposureLess', change);
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
  return t('fixedSplit.detail', {
    mspBreakEven: be('msp'),
    isvBreakEven: be('isv'),
    mspExposure: ex('msp'),
    isvExposure: ex('isv'),
  });
}
