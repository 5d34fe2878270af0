import type { report as en } from '../en/report';

/** The printed report, the month explanation, the introduction, help and month wording. */
export const report: Record<keyof typeof en, string> = {
  'format.month': 'Monat {month}',
  'format.monthRelative': 'Monat {month} · {relative}',
  'format.goLiveMonth': 'der Monat des Betriebsstarts',
  'format.operationMonth': 'Betriebsmonat {n}',
  'format.monthsBeforeGoLive':
    '{count, plural, one {# Monat vor dem Betriebsstart} other {# Monate vor dem Betriebsstart}}',
  'format.conventionLiveFromStart':
    'Die Monate zählen ab Beginn des Szenarios; der Dienst läuft ab Monat 1, das ist Betriebsmonat 1.',
  'format.conventionGoLive':
    'Die Monate zählen ab Beginn des Szenarios; der Betriebsstart ist in Monat {goLive}, das ist Betriebsmonat 1.',
};
