/** The key-figure cards. */
export const kpi = {
  'kpi.section': 'Key figures',
  'kpi.breakEven': 'Break-even',
  'kpi.notReached': 'Not reached',
  'kpi.stillOut':
    '{months, plural, one {Still out of pocket after # month} other {Still out of pocket after # months}}',
  'kpi.month': 'Month {month}',
  'kpi.beforeGoLive':
    '{months, plural, one {# month before go-live} other {# months before go-live}}',
  'kpi.goLiveMonth': 'The go-live month',
  'kpi.operationMonth': 'Month {n} of operation',
  'kpi.bothPartners': 'Both partners',
  'kpi.marginNone': 'No month after payback (phase 5) yet',
  'kpi.marginAll': 'All phase-5 months together',
  'kpi.marginAllLast': 'All phase-5 months together; month {month} alone: {pct}',
  'kpi.exposure': 'Most out of pocket',
  'kpi.neverOut': 'Never out of pocket',
  'kpi.deepest': 'Deepest point in month {month}',
  'kpi.finalPosition': 'Final position',
  'kpi.finalSubtitle':
    '{months, plural, one {Received minus costs after # month} other {Received minus costs after # months}}',
  'kpi.margin': 'Margin after payback',
  'kpi.totalRevenue': 'Total revenue',
  'kpi.theService': 'The service',
  'kpi.revenueSubtitle':
    '{months, plural, one {Billed to customers in # month} other {Billed to customers in # months}}',
  'kpi.conventionLive1':
    'Months count from the start of the scenario; the service is live from month 1, which is month 1 of operation.',
  'kpi.convention':
    'Months count from the start of the scenario; the service goes live in month {goLive}, which is month 1 of operation.',
  'kpi.sameMargin':
    'Within each month after payback both partners earn the same margin; summed over the years the margins differ slightly, because the mix of costs changes.',
  'kpiCatalogue.partnershipBreakEven': 'Partnership break-even month',
  'kpiCatalogue.breakEven': 'Break-even month',
  'kpiCatalogue.breakEvenOf': '{who}: break-even month',
  'kpiCatalogue.maxExposure': 'Most out of pocket',
  'kpiCatalogue.maxExposureOf': '{who}: most out of pocket',
  'kpiCatalogue.finalPosition': 'Final position',
  'kpiCatalogue.finalPositionOf': '{who}: final position',
  'kpiCatalogue.margin': 'Margin after payback',
  'kpiCatalogue.marginOf': '{who}: margin after payback',
  'kpiCatalogue.marginOverHorizon': 'Margin over the horizon',
  'kpiCatalogue.marginOverHorizonOf': '{who}: margin over the horizon',
  'kpiCatalogue.totalRevenue': 'Total revenue',
  'kpiCatalogue.month': 'month {month}',
  'kpiCatalogue.never': 'never',
  'kpiCatalogue.none': '–',
  'kpiCatalogue.deltaMonths': '{n, plural, one {{delta} month} other {{delta} months}}',
  'kpiCatalogue.deltaPoints': '{delta} pp',
} as const;
