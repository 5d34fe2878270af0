import type { PartnerKey, Summary } from '../../engine/index';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { t } from '../i18n';

/**
 * The one-sentence text alternatives of the charts, generated from the engine's summary so they
 * state exactly the months and amounts the KPIs show.
 */
export type Labels = Record<PartnerKey, string>;

const centsOf = (money: string) => BigInt(money.replace('.', ''));

function breakEvenClause(s: Summary, labels: Labels, horizon: number): string {
  const a = s.breakEvenMonth.msp;
  const b = s.breakEvenMonth.isv;
  const names = { a: labels.msp, b: labels.isv };
  let text: string;
  if (a !== null && a === b) text = t('chart.beBoth', { ...names, month: a });
  else if (a !== null && b !== null) text = t('chart.beEach', { ...names, ma: a, mb: b });
  else if (a !== null) text = t('chart.beOne', { ...names, month: a, horizon });
  else if (b !== null) text = t('chart.beOne', { a: labels.isv, b: labels.msp, month: b, horizon });
  else return t('chart.beNone', { horizon });
  const together = s.partnershipBreakEvenMonth;
  const latest = Math.max(a ?? 0, b ?? 0);
  if (together !== null && together !== latest) {
    text = t('chart.beTogether', { clause: text, month: together });
  }
  return text;
}

function exposureClause(s: Summary, labels: Labels, currency: string): string {
  const isvDeeper = centsOf(s.maxExposure.isv) > centsOf(s.maxExposure.msp);
  const first: PartnerKey = isvDeeper ? 'isv' : 'msp';
  const second: PartnerKey = isvDeeper ? 'msp' : 'isv';
  const m1 = s.maxExposureMonth[first];
  if (m1 === null) return t('chart.exposureNone');
  const m2 = s.maxExposureMonth[second];
  const values = {
    first: labels[first],
    second: labels[second],
    month: m1,
    amount: formatMoney(s.maxExposure[first], currency),
  };
  if (m2 === null) return t('chart.exposureNever', values);
  return t('chart.exposure', {
    ...values,
    amount2: formatMoney(s.maxExposure[second], currency),
    month2: m2,
  });
}

/** Chart (a): "VSHN and ISV both break even in month 26; ISV is most exposed in month 11 at …". */
export function positionSummary(
  s: Summary,
  labels: Labels,
  currency: string,
  horizon: number,
): string {
  return t('chart.positionSummary', {
    breakEven: breakEvenClause(s, labels, horizon),
    exposure: exposureClause(s, labels, currency),
    horizon,
    a: labels.msp,
    amountA: formatMoney(s.totals.msp.position, currency),
    b: labels.isv,
    amountB: formatMoney(s.totals.isv.position, currency),
  });
}

/**
 * Chart (c): from when each month's margin is the same for both partners, and the margins summed
 * over those months (which differ slightly: the cost mix changes).
 */
export function marginSummary(s: Summary, labels: Labels, horizon: number): string {
  const start = s.phaseStartMonth[5];
  const a = s.marginAfterPaybackPct.msp;
  const b = s.marginAfterPaybackPct.isv;
  if (start === null || a === null || b === null) return t('chart.marginNone', { horizon });
  return t('chart.marginSummary', {
    month: start,
    a: labels.msp,
    pa: formatPercentText(a),
    b: labels.isv,
    pb: formatPercentText(b),
  });
}
