import type { MessageKey } from './en';

/**
 * The German (Swiss) catalogue: Swiss orthography ("ss", never "ß") and the vocabulary of
 * GLOSSARY.md. Typed against the English keys, so a missing or an extra key fails the type check.
 */
export const de: Record<MessageKey, string> = {
  'header.title': 'Servala Partnerschafts-Simulator',
  'header.tagline': 'Wie VSHN und ein Softwarehersteller den Umsatz teilen, Phase für Phase',
  'header.language': 'Sprache / Language',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'status.ok': 'Aktuell',
  'status.failed': 'Berechnung fehlgeschlagen',
  'status.updating': 'Wird berechnet…',
  'status.invalid': 'Angezeigt: die letzten gültigen Eingaben',

  'history.group': 'Verlauf',
  'history.undo': 'Rückgängig',
  'history.undoTitle': 'Letzte Änderung rückgängig machen (Ctrl+Z)',
  'history.redo': 'Wiederholen',
  'history.redoTitle': 'Wiederholen (Shift+Ctrl+Z)',

  'kpi.section': 'Kennzahlen',
  'kpi.breakEven': 'Gewinnschwelle',
  'kpi.notReached': 'Nicht erreicht',
  'kpi.stillOut':
    '{months, plural, one {Nach # Monat noch in der Unterdeckung} other {Nach # Monaten noch in der Unterdeckung}}',
  'kpi.month': 'Monat {month}',
  'kpi.beforeGoLive':
    '{months, plural, one {# Monat vor dem Betriebsstart} other {# Monate vor dem Betriebsstart}}',
  'kpi.goLiveMonth': 'Der Monat des Betriebsstarts',
  'kpi.operationMonth': 'Betriebsmonat {n}',
  'kpi.bothPartners': 'Beide Partner',
  'kpi.marginNone': 'Noch kein Monat nach der Amortisation (Phase 5)',
  'kpi.marginAll': 'Alle Monate der Phase 5 zusammen',
  'kpi.marginAllLast': 'Alle Monate der Phase 5 zusammen; Monat {month} allein: {pct}',
  'kpi.exposure': 'Grösste Unterdeckung',
  'kpi.neverOut': 'Nie in der Unterdeckung',
  'kpi.deepest': 'Tiefster Stand in Monat {month}',
  'kpi.finalPosition': 'Schlusssaldo',
  'kpi.finalSubtitle':
    '{months, plural, one {Erhalten abzüglich Kosten nach # Monat} other {Erhalten abzüglich Kosten nach # Monaten}}',
  'kpi.margin': 'Marge nach Amortisation',
  'kpi.totalRevenue': 'Gesamtumsatz',
  'kpi.theService': 'Der Service',
  'kpi.revenueSubtitle':
    '{months, plural, one {Den Kunden in # Monat verrechnet} other {Den Kunden in # Monaten verrechnet}}',
  'kpi.conventionLive1':
    'Die Monate zählen ab Beginn des Szenarios; der Service läuft ab Monat 1, das ist Betriebsmonat 1.',
  'kpi.convention':
    'Die Monate zählen ab Beginn des Szenarios; der Betriebsstart ist in Monat {goLive}, das ist Betriebsmonat 1.',
  'kpi.sameMargin':
    'In jedem Monat nach der Amortisation erzielen beide Partner dieselbe Marge; über die Jahre summiert weichen die Margen leicht ab, weil sich der Kostenmix ändert.',

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

  'column.month': 'Monat',
  'column.phase': 'Phase',
  'column.instances': 'Instanzen',
  'column.billedInstances': 'Verrechnete Instanzen',
  'column.price': 'Preis',
  'column.revenue': 'Umsatz',
  'column.cost': 'Kosten',
  'column.share': 'Anteil',
  'column.position': 'Saldo',
  'column.catchUp': 'Nachholung',
  'column.equalSplit': 'Hälftige Teilung',
  'column.proportional': 'Anteilig',
  'table.caption':
    '{months, plural, one {Alle Zahlen je Monat, # Monat; Beträge in {currency}} other {Alle Zahlen je Monat, # Monate; Beträge in {currency}}}',
  'csv.monthColumn': '{name}',
  'csv.partnerColumn': '{partner} {name}',
  'csv.moneyColumn': '{name} ({currency})',
  'csv.partnerMoneyColumn': '{partner} {name} ({currency})',
  'csv.download': 'CSV herunterladen',
  'csv.separator': 'CSV-Trennzeichen',
  'csv.comma': 'Komma (Standard)',
  'csv.semicolon': 'Semikolon (für Tabellenprogramme mit deutscher/Schweizer Einstellung)',
};
