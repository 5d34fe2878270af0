/** The printed report, the month explanation, the introduction, help and month wording. */
export const report = {
  'format.month': 'Month {month}',
  'format.monthRelative': 'Month {month} · {relative}',
  'format.goLiveMonth': 'the go-live month',
  'format.operationMonth': 'month {n} of operation',
  'format.monthsBeforeGoLive':
    '{count, plural, one {# month before go-live} other {# months before go-live}}',
  'format.conventionLiveFromStart':
    'Months count from the start of the scenario; the service is live from month 1, which is month 1 of operation.',
  'format.conventionGoLive':
    'Months count from the start of the scenario; the service goes live in month {goLive}, which is month 1 of operation.',
} as const;
