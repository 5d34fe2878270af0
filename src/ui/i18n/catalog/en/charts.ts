/** Charts, phase timeline, playback, presentation and PNG export. */
export const charts = {
  // The five phases: names and rules, read by every view that names a phase.
  'phase.1.name': 'Investment',
  'phase.1.rule':
    'Both partners pay set-up and running costs before go-live and nothing is earned yet, so each one’s investment grows.',
  'phase.2.name': 'Cash-flow negative',
  'phase.2.rule':
    'The service is live but earns less than it costs, so revenue is split in proportion to each partner’s monthly costs and both carry the shortfall fairly.',
  'phase.3.name': 'Unequal investments',
  'phase.3.rule':
    'Revenue now covers costs: each partner gets its costs back and all profit goes to the partner who has lost more, until both have lost the same.',
  'phase.4.name': 'Aligned investments',
  'phase.4.rule':
    'Both partners have lost the same amount, so profit is split 50/50 and they break even together.',
  'phase.5.name': 'Net positive',
  'phase.5.rule':
    'Both investments are paid back, so each month’s revenue is split in proportion to that month’s costs: within every month both partners earn the same margin.',
  'phase.title': 'Phase {phase} · {name}',
  'phase.titleComma': 'Phase {phase}, {name}',
  'phase.legend': 'Phases',
  'phase.starts': 'Phase {phase} starts: {name}',

  // The phase timeline.
  'timeline.group': 'Phases month by month',
  'timeline.bandHidden': 'Phase {phase}:',
  'timeline.from': 'from month {month}',
  'timeline.rangeOne': 'Month {month}',
  'timeline.rangeMany': 'Months {start}–{end}',
  'timeline.whenBefore':
    '{range}, starting {months, plural, one {# month} other {# months}} before go-live',
  'timeline.whenGoLive': '{range}, starting in the go-live month',
  'timeline.whenOperation': '{range}, starting in month {n} of operation',
  'timeline.legend': 'Phase start months',
  'timeline.legendItem':
    '{phase} {name}: {count, plural, one {month {months}} other {months {months}}}',
  'timeline.legendMore':
    '{phase} {name}: months {months} and {more, plural, one {# more} other {# more}}',

  // The monthly charts.
  'chart.legend': 'Legend',
  'chart.month': 'Month',
  'chart.plotHint': '{title}: use the arrow keys to read the figures month by month',
  'chart.plotHintZoom':
    '{title}: use the arrow keys to read the figures month by month, plus and minus to zoom',
  'chart.showTable': 'Show as table',
  'chart.tableAll': '{title}: every month’s exact figures.',
  'chart.tableSome':
    '{title}: exact figures for month 1, each year end, the last month, the first month of each phase and the break-even months ({shown} of {months} months; the monthly table has every month).',
  'chart.tableRoundedAll': '{title}: every month, rounded to three significant digits.',
  'chart.tableRoundedSome':
    '{title}: {shown} of {months} months (month 1, each year end and the last month), rounded to three significant digits.',
  'chart.tableRegion': '{title}: table',
  'chart.colMonth': 'Month',
  'chart.colPhase': 'Phase',
  'chart.colNote': 'Note',
  'chart.tipMonth': 'Month {month}',
  'chart.tipRevenue': 'Revenue {amount}',
  'chart.tipFigure': 'Figure',
  'chart.tipShare': 'Share',
  'chart.tipCost': 'Cost',
  'chart.tipMargin': 'Margin',
  'chart.tipPosition': 'Position',
  'chart.tipStock': 'Instance stock {count}',
  'chart.tipBilled': 'Billed instances {count}',
  'chart.tipPrice': 'Price {amount}',
  'chart.markerBoth': 'Both break even · month {month}',
  'chart.markerPartner': '{who} breaks even · month {month}',
  'chart.markerTogether': 'Both above zero · month {month}',
  // Where the full label does not fit beside its line (a phone).
  'chart.markerBothShort': 'Both · month {month}',
  'chart.markerPartnerShort': '{who} · month {month}',
  'chart.markerTogetherShort': 'Both > 0 · month {month}',
  'chart.positionTitle': 'Revenue-sharing timeline: where each partner stands',
  'chart.positionAxis': 'Cumulative position ({currency})',
  'chart.positionColumn': '{who} position',
  'chart.splitTitle': 'Monthly revenue split: each partner’s share against its costs',
  'chart.splitAxis': 'Per month ({currency})',
  'chart.revenue': 'Revenue',
  'chart.share': '{who} share',
  'chart.costs': '{who} costs',
  'chart.marginTitle': 'Monthly margin of each partner',
  'chart.marginAxis': 'Margin (profit ÷ share)',
  'chart.marginColumn': '{who} margin',
  'chart.marginClipped': 'Margins below {floor} are drawn at {floor}.',
  'chart.instancesTitle': 'Instances over time',
  'chart.instancesAxis': 'Instances',
  'chart.stock': 'Instance stock',
  'chart.billed': 'Billed instances',
  'chart.cap': 'Cap ({count})',

  // Generated summaries (the charts' text alternatives).
  'chart.beBoth': '{a} and {b} both break even in month {month}',
  'chart.beEach': '{a} breaks even in month {ma} and {b} in month {mb}',
  'chart.beOne': '{a} breaks even in month {month}; {b} does not within {horizon} months',
  'chart.beNone': 'Neither partner breaks even within {horizon} months',
  'chart.beTogether': '{clause}; both are above zero together from month {month}',
  'chart.exposureNone': 'neither partner is ever out of pocket',
  'chart.exposureNever': '{first} is most exposed in month {month} at {amount} ({second} never is)',
  'chart.exposure':
    '{first} is most exposed in month {month} at {amount} ({second} at most {amount2} in month {month2})',
  'chart.positionSummary':
    '{breakEven}; {exposure}. After {horizon} months {a} stands at {amountA} and {b} at {amountB}.',
  'chart.marginNone':
    'The margins have not converged: the partners are not both paid back (phase 5) within {horizon} months.',
  'chart.marginSummary':
    'From month {month}, when both investments are paid back, each month’s revenue is split in proportion to that month’s costs, so within each month both partners earn the same margin; summed over the net-positive months {a} earns {pa} and {b} {pb} of its revenue, because the mix of costs changes.',
  'chart.ruleFrom2': 'from month {month} revenue is split in proportion to each partner’s costs',
  'chart.ruleFrom3':
    'from month {month} the partner who has lost more gets all the profit until both have lost the same',
  'chart.ruleFrom4': 'from month {month} profit is split 50/50',
  'chart.ruleFrom5':
    'from month {month} revenue follows each month’s costs, so within each month both earn the same margin',
  'chart.splitNone': 'No revenue is earned within {months} months.',
  'chart.splitSummary':
    '{rules}. In month {month} {a} receives {shareA} (costs {costA}) and {b} {shareB} (costs {costB}) of {revenue} revenue.',
  'chart.instancesSummary':
    'After {months} months the instance stock is {stock}; at most {peak} instances are billed, first in month {month}.',
  'chart.instancesBelowCap': 'The stock stays below the cap of {cap} instances.',
  'chart.instancesCap': 'The stock reaches the cap of {cap} instances in month {month}.',

  // Zoom.
  'zoom.group': 'Zoom the timeline',
  'zoom.fit': 'Fit the first break-even',
  'zoom.whole': 'Whole horizon',
  'zoom.in': 'Zoom in',
  'zoom.inTitle': 'Zoom in (+ on the chart, or Ctrl/⌘ and the mouse wheel)',
  'zoom.out': 'Zoom out',
  'zoom.outTitle': 'Zoom out (− on the chart, or Ctrl/⌘ and the mouse wheel)',
  'zoom.earlier': 'Earlier months',
  'zoom.later': 'Later months',
  'zoom.all': 'All {months} months',
  'zoom.range': 'Months {first}–{last} of {months}',
  'zoom.hint': ' · drag across the chart or hold Ctrl/⌘ and turn the mouse wheel to zoom',

  // Playback.
  'playback.group': 'Timeline playback',
  'playback.play': 'Play',
  'playback.pause': 'Pause',
  'playback.playAgain': 'Play from month 1',
  'playback.month': 'Month {month} of {months}',
  'playback.valueText': 'Month {month} of {months}, phase {phase}, {name}',
  'playback.speed': 'Speed',
  'playback.reached': 'Break-even moments reached',

  // Presentation.
  'present.button': 'Present',
  'present.fallbackTitle': 'Servala partnership',
  'present.subtitle': 'Revenue sharing in five phases',
  'present.exit': 'Exit',
  'present.wait': 'Calculating…',
  'present.sliders': 'Assumptions',
  'present.side': 'Key figures',
  'present.back': 'Back to the page',
  'present.what': 'The presentation',
  'present.sliderLabel': '{who}: {field}',
  'present.notBoth': 'Not both paid back yet',
  'present.bothBreakEven': 'Both partners break even in month {month}',
  'present.now': 'Month {month}: {phase}',
  'present.positions': 'Where each partner stands at the end of month {month}',
  'present.bandLegend': 'Phase bands',
  'present.riskFan': 'Risk fan over the timeline (P10–P90)',
  'present.riskFanRuns':
    '{runs, plural, one {After {months} months, over # run:} other {After {months} months, over # runs:}}',
  'present.riskFanNone': 'Set ranges under Analysis → Risk to show the risk fan here.',
  'present.riskFanOther':
    'The risk figures were computed for other inputs: compute them again under Analysis → Risk.',

  // PNG export.
  'png.button': 'PNG',
  'png.saving': 'Saving…',
  'png.label': 'Download PNG: {title}',
  'png.noChart': 'No chart to save yet.',
  'png.failed': 'The image could not be saved.',
  'png.drawFailed': 'The chart could not be drawn as an image.',
  'png.noCanvas': 'This browser cannot draw images.',
} as const;
