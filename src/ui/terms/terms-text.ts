import { MINIMUM_TERM_MONTHS, NOTICE_MONTHS } from '../../engine';
import type { ContractTerms, EndReadout, PartnerKey } from '../../engine';
import { formatMoney } from '../format/money';
import { t } from '../i18n';

/** The contract terms and an end read-out in plain words, from the engine's figures. */
export type Labels = Record<PartnerKey, string>;

/** The terms as sentences, each a whole message; joined with a space like any run of sentences. */
export function termsSentence(c: ContractTerms): string {
  const sentences = [
    t('terms.minimum', {
      term: MINIMUM_TERM_MONTHS,
      goLive: c.goLiveMonth,
      termEnd: c.minimumTermEndMonth,
    }),
    t('terms.notice', { notice: NOTICE_MONTHS, earliest: c.earliestEndMonth }),
  ];
  if (!c.earliestEndInHorizon) sentences.push(t('terms.beyond', { horizon: c.horizonMonths }));
  return sentences.join(' ');
}

/** Whether an end in the chosen month is possible with ordinary notice, and when notice was due. */
export function endStatus(r: EndReadout, c: ContractTerms): string {
  if (r.month === c.earliestEndMonth) {
    return t('terms.statusEarliest', { termEnd: c.minimumTermEndMonth });
  }
  if (r.ordinary) return t('terms.statusOrdinary', { month: r.month - NOTICE_MONTHS });
  if (r.month < c.goLiveMonth) return t('terms.statusBeforeGoLive');
  return t('terms.statusEarly', { earliest: c.earliestEndMonth });
}

/** One partner's standing as a whole clause ("VSHN would be CHF 1’200.00 ahead"). */
function standing(who: string, position: string, currency: string): string {
  const amount = formatMoney(position.replace(/^-/, ''), currency);
  if (position.startsWith('-')) return t('terms.standingOut', { who, amount });
  if (position === '0.00') return t('terms.standingEven', { who });
  return t('terms.standingAhead', { who, amount });
}

export function endSentence(r: EndReadout, labels: Labels, currency: string): string {
  const one = (k: PartnerKey) => standing(labels[k], r.partners[k].position, currency);
  return t('terms.endSentence', { month: r.month, first: one('msp'), second: one('isv') });
}

/**
 * The month typed into "ended after month", or null when it is none of the horizon's months
 * (empty, not a whole number, out of range): the field then says the allowed range.
 */
export function parseEndMonth(text: string, horizon: number): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]+$/.test(trimmed)) return null;
  const month = Number(trimmed);
  return month >= 1 && month <= horizon ? month : null;
}

export function endMonthRange(horizon: number): string {
  return t('terms.endRange', { horizon });
}
