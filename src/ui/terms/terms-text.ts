import { MINIMUM_TERM_MONTHS, NOTICE_MONTHS } from '../../engine';
import type { ContractTerms, EndReadout, PartnerKey } from '../../engine';
import { formatMoney } from '../format/money';

/** The contract terms and an end read-out in plain words, from the engine's figures. */
export type Labels = Record<PartnerKey, string>;

export function termsSentence(t: ContractTerms): string {
  const term =
    `The partnership starts with a ${MINIMUM_TERM_MONTHS}-month minimum term from go-live: ` +
    `months ${t.goLiveMonth} to ${t.minimumTermEndMonth}.`;
  const notice =
    `With ${NOTICE_MONTHS} months’ notice given when it ends, the partnership ends after month ` +
    `${t.earliestEndMonth} at the earliest.`;
  const beyond = t.earliestEndInHorizon
    ? ''
    : ` The simulation stops at month ${t.horizonMonths}, before that.`;
  return `${term} ${notice}${beyond}`;
}

/** Whether an end in the chosen month is possible with ordinary notice, and when notice was due. */
export function endStatus(r: EndReadout, t: ContractTerms): string {
  if (r.month === t.earliestEndMonth) {
    return `The earliest ordinary end: notice given when the minimum term ends (month ${t.minimumTermEndMonth}).`;
  }
  if (r.ordinary)
    return `An ordinary end: notice given at the end of month ${r.month - NOTICE_MONTHS}.`;
  if (r.month < t.goLiveMonth)
    return 'Before go-live: only an extraordinary termination could end it then.';
  return `Before the earliest ordinary end (month ${t.earliestEndMonth}): only an extraordinary termination, for serious issues, could end it then.`;
}

function standing(position: string, currency: string): string {
  const money = formatMoney(position.replace(/^-/, ''), currency);
  if (position.startsWith('-')) return `${money} out of pocket`;
  if (position === '0.00') return 'exactly even';
  return `${money} ahead`;
}

export function endSentence(r: EndReadout, labels: Labels, currency: string): string {
  const one = (k: PartnerKey) =>
    `${labels[k]} would be ${standing(r.partners[k].position, currency)}`;
  return `Ending after month ${r.month}, ${one('msp')} and ${one('isv')}.`;
}
