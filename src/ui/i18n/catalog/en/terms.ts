/** Contract terms. */
export const terms = {
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
  'terms.markerMinimumShort': 'Minimum term · {month}',
  'terms.markerEarliestShort': 'Earliest end · {month}',
  'terms.endRange': 'A whole month from 1 to {horizon}.',
} as const;
