/**
 * The English catalogue, the source of every message key: ICU MessageFormat text (placeholders
 * in braces, plurals with `{n, plural, …}`), never a sentence glued from fragments. After a
 * change run `npm run i18n:compile`; a test fails while the compiled catalogue is out of date.
 */
export const en = {
  'header.title': 'Servala partnership simulator',
  'header.tagline': 'How VSHN and a software vendor share revenue, phase by phase',
  'header.language': 'Sprache / Language',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'status.ok': 'Up to date',
  'status.failed': 'Calculation failed',
  'status.updating': 'Updating…',
  'status.invalid': 'Showing the last valid inputs',

  'history.group': 'History',
  'history.undo': 'Undo',
  'history.undoTitle': 'Undo the last change (Ctrl+Z)',
  'history.redo': 'Redo',
  'history.redoTitle': 'Redo (Shift+Ctrl+Z)',

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

  'terms.title': 'Contract terms',
  'terms.minimum':
    'The partnership starts with a {term}-month minimum term from go-live: months {goLive} to {termEnd}.',
  'terms.notice':
    'With {notice} months’ notice given when it ends, the partnership ends after month {earliest} at the earliest.',
  'terms.beyond': 'The simulation stops at month {horizon}, before that.',
  'terms.marks': 'The revenue-sharing timeline marks both months.',
  'terms.endAfter': 'If the partnership ended after month',
  'terms.endSlider': 'Month the partnership ends',
  'terms.earliestButton': 'Earliest end (month {month})',
  'terms.statusEarliest':
    'The earliest ordinary end: notice given when the minimum term ends (month {termEnd}).',
  'terms.statusOrdinary': 'An ordinary end: notice given at the end of month {month}.',
  'terms.statusBeforeGoLive':
    'Before go-live: only an extraordinary termination could end it then.',
  'terms.statusEarly':
    'Before the earliest ordinary end (month {earliest}): only an extraordinary termination, for serious issues, could end it then.',
  'terms.standingOut': '{who} would be {amount} out of pocket',
  'terms.standingEven': '{who} would be exactly even',
  'terms.standingAhead': '{who} would be {amount} ahead',
  'terms.endSentence': 'Ending after month {month}, {first} and {second}.',
  'terms.standingAt': 'Standing at the end of month {month}',
  'terms.partner': 'Partner',
  'terms.received': 'Received',
  'terms.paid': 'Paid',
  'terms.position': 'Position',
  'terms.markerMinimum': 'Minimum term ends · month {month}',
  'terms.markerEarliest': 'Earliest end with notice · month {month}',

  // Column names in lower case: the CSV header uses them as they are, the table capitalises them.
  'column.month': 'month',
  'column.phase': 'phase',
  'column.instances': 'instances',
  'column.billedInstances': 'billed instances',
  'column.price': 'price',
  'column.revenue': 'revenue',
  'column.cost': 'cost',
  'column.share': 'share',
  'column.position': 'position',
  'column.catchUp': 'catch-up',
  'column.equalSplit': 'equal split',
  'column.proportional': 'proportional',
  'table.caption':
    "{months, plural, one {Every month's figures, # month; amounts in {currency}} other {Every month's figures, # months; amounts in {currency}}}",
  'csv.monthColumn': '{name}',
  'csv.partnerColumn': '{partner} {name}',
  'csv.moneyColumn': '{name} ({currency})',
  'csv.partnerMoneyColumn': '{partner} {name} ({currency})',
  'csv.download': 'Download CSV',
  'csv.separator': 'CSV separator',
  'csv.comma': 'Comma-separated (standard)',
  'csv.semicolon': 'Semicolon-separated (for spreadsheet programs set to German/Swiss)',
} as const;

/** Every message's key: a key that is not in the English catalogue fails the type check. */
export type MessageKey = keyof typeof en;
