import type { kpi as en } from '../en/kpi';

/** The key-figure cards. */
export const kpi: Record<keyof typeof en, string> = {
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
  'kpiCatalogue.partnershipBreakEven': 'Break-even-Monat der Partnerschaft',
  'kpiCatalogue.breakEven': 'Break-even-Monat',
  'kpiCatalogue.breakEvenOf': '{who}: Break-even-Monat',
  'kpiCatalogue.maxExposure': 'Grösste Unterdeckung',
  'kpiCatalogue.maxExposureOf': '{who}: grösste Unterdeckung',
  'kpiCatalogue.finalPosition': 'Schlusssaldo',
  'kpiCatalogue.finalPositionOf': '{who}: Schlusssaldo',
  'kpiCatalogue.margin': 'Marge nach Amortisation',
  'kpiCatalogue.marginOf': '{who}: Marge nach Amortisation',
  'kpiCatalogue.marginOverHorizon': 'Marge über den Zeitraum',
  'kpiCatalogue.marginOverHorizonOf': '{who}: Marge über den Zeitraum',
  'kpiCatalogue.totalRevenue': 'Gesamtumsatz',
  'kpiCatalogue.month': 'Monat {month}',
  'kpiCatalogue.never': 'nie',
  'kpiCatalogue.none': '–',
  'kpiCatalogue.deltaMonths': '{n, plural, one {{delta} Monat} other {{delta} Monate}}',
  'kpiCatalogue.deltaPoints': '{delta} Pp.',
};
