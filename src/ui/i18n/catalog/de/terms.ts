import type { terms as en } from '../en/terms';

/** Contract terms. */
export const terms: Record<keyof typeof en, string> = {
  'terms.title': 'Vertragsbedingungen',
  'terms.minimum':
    'Die Partnerschaft beginnt mit einer Mindestlaufzeit von {term} Monaten ab Betriebsstart: Monate {goLive} bis {termEnd}.',
  'terms.notice':
    'Mit einer Kündigungsfrist von {notice} Monaten endet die Partnerschaft frühestens nach Monat {earliest}.',
  'terms.beyond': 'Die Simulation endet vorher, mit Monat {horizon}.',
  'terms.marks': 'Die Zeitachse der Umsatzteilung markiert beide Monate.',
  'terms.endAfter': 'Wenn die Partnerschaft nach diesem Monat endete',
  'terms.endSlider': 'Monat, in dem die Partnerschaft endet',
  'terms.earliestButton': 'Frühestes Ende (Monat {month})',
  'terms.statusEarliest':
    'Das früheste ordentliche Ende: gekündigt auf das Ende der Mindestlaufzeit (Monat {termEnd}).',
  'terms.statusOrdinary': 'Ein ordentliches Ende: gekündigt auf das Ende von Monat {month}.',
  'terms.statusBeforeGoLive':
    'Vor dem Betriebsstart: dann könnte nur eine ausserordentliche Kündigung sie beenden.',
  'terms.statusEarly':
    'Vor dem frühesten ordentlichen Ende (Monat {earliest}): dann könnte nur eine ausserordentliche Kündigung aus wichtigem Grund sie beenden.',
  'terms.standingOut': '{who} hätte eine Unterdeckung von {amount}',
  'terms.standingEven': '{who} wäre genau ausgeglichen',
  'terms.standingAhead': '{who} läge {amount} im Plus',
  'terms.endSentence': 'Bei einem Ende nach Monat {month}: {first}, {second}.',
  'terms.standingAt': 'Stand am Ende von Monat {month}',
  'terms.partner': 'Partner',
  'terms.received': 'Erhalten',
  'terms.paid': 'Bezahlt',
  'terms.position': 'Saldo',
  'terms.markerMinimum': 'Ende der Mindestlaufzeit · Monat {month}',
  'terms.markerEarliest': 'Frühestes Ende mit Kündigung · Monat {month}',
  'terms.markerMinimumShort': 'Mindestlaufzeit · {month}',
  'terms.markerEarliestShort': 'Frühestes Ende · {month}',
  'terms.endRange': 'Ein ganzer Monat von 1 bis {horizon}.',
};
