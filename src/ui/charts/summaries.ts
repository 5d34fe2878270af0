import type { PartnerKey, Summary } from '../../engine/index';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';

/**
 * The one-sentence text alternatives of the charts, generated from the engine's summary so they
 * state exactly the months and amounts the KPIs show.
 */
export type Labels = Record<PartnerKey, string>;

const centsOf = (money: string) => BigInt(money.replace('.', ''));

function breakEvenClause(s: Summary, labels: Labels, horizon: number): string {
  const a = s.breakEvenMonth.msp;
  const b = s.breakEvenMonth.isv;
  const within = `within ${horizon} months`;
  let text: string;
  if (a !== null && a === b) text = `${labels.msp} and ${labels.isv} both break even in month ${a}`;
  else if (a !== null && b !== null) {
    text = `${labels.msp} breaks even in month ${a} and ${labels.isv} in month ${b}`;
  } else if (a !== null)
    text = `${labels.msp} breaks even in month ${a}; ${labels.isv} does not ${within}`;
  else if (b !== null)
    text = `${labels.isv} breaks even in month ${b}; ${labels.msp} does not ${within}`;
  else return `Neither partner breaks even ${within}`;
  const together = s.partnershipBreakEvenMonth;
  const latest = Math.max(a ?? 0, b ?? 0);
  if (together !== null && together !== latest) {
    text += `; both are above zero together from month ${together}`;
  }
  return text;
}

function exposureClause(s: Summary, labels: Labels, currency: string): string {
  const isvDeeper = centsOf(s.maxExposure.isv) > centsOf(s.maxExposure.msp);
  const first: PartnerKey = isvDeeper ? 'isv' : 'msp';
  const second: PartnerKey = isvDeeper ? 'msp' : 'isv';
  const m1 = s.maxExposureMonth[first];
  if (m1 === null) return 'neither partner is ever out of pocket';
  const m2 = s.maxExposureMonth[second];
  const other =
    m2 === null
      ? `${labels[second]} never is`
      : `${labels[second]} at most ${formatMoney(s.maxExposure[second], currency)} in month ${m2}`;
  return `${labels[first]} is most exposed in month ${m1} at ${formatMoney(s.maxExposure[first], currency)} (${other})`;
}

/** Chart (a): "VSHN and ISV both break even in month 26; ISV is most exposed in month 11 at …". */
export function positionSummary(
  s: Summary,
  labels: Labels,
  currency: string,
  horizon: number,
): string {
  const finalText =
    `After ${horizon} months ${labels.msp} stands at ${formatMoney(s.totals.msp.position, currency)}` +
    ` and ${labels.isv} at ${formatMoney(s.totals.isv.position, currency)}.`;
  return `${breakEvenClause(s, labels, horizon)}; ${exposureClause(s, labels, currency)}. ${finalText}`;
}

/** Chart (c): whether and from when the partners' margins are equal. */
export function marginSummary(s: Summary, labels: Labels, horizon: number): string {
  const start = s.phaseStartMonth[5];
  const a = s.marginAfterPaybackPct.msp;
  const b = s.marginAfterPaybackPct.isv;
  if (start === null || a === null || b === null) {
    return `The margins have not converged: the partners are not both paid back (phase 5) within ${horizon} months.`;
  }
  return `From month ${start}, when both investments are paid back, revenue follows each partner's current costs and their margins converge: over the net-positive months ${labels.msp} earns ${formatPercentText(a)} and ${labels.isv} ${formatPercentText(b)} of its revenue.`;
}
