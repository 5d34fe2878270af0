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
  // The month explanation.
  'explain.heading': 'Month {month} explained',
  'explain.phase': 'Phase {phase}: {name}',
  'explain.previous': 'Previous month',
  'explain.previousHint': 'Previous month (←)',
  'explain.next': 'Next month',
  'explain.nextHint': 'Next month (→)',
  'explain.close': 'Close the explanation',
  'explain.closeHint': 'Close (Esc)',
  'explain.keys': '← → previous / next month · Esc closes',
  'explain.positionsCaption': 'Positions before and after month {month}',
  'explain.col.partner': 'Partner',
  'explain.col.before': 'Before',
  'explain.col.change': 'Share − costs',
  'explain.col.after': 'After',
  'explain.context.investment': 'investment month {month} of {of}, before go-live',
  'explain.title.revenue': 'Revenue and costs',
  'explain.title.costsSplit': 'Revenue split by costs',
  'explain.title.costsFirst': 'Costs first',
  'explain.title.catchUp': 'Catch-up',
  'explain.title.equalSplit': '50/50 part',
  'explain.title.proportional': 'Proportional remainder',
  'explain.title.positions': 'Positions',
  'explain.title.next': 'What comes next',
  'explain.equalParts': 'equal parts',
  'explain.revenue.beforeGoLive':
    'Before go-live nothing is sold, so there is no revenue. Each partner pays its own costs: {msp} {mspCost}, {isv} {isvCost}.',
  'explain.revenue.noneBilled': 'No instance was billed, so there was no revenue.',
  'explain.revenue.billed':
    '{count, plural, one {# instance billed at {price} brought in {revenue}.} other {# instances billed at {price} brought in {revenue}.}}',
  'explain.revenue.profit':
    '{income} Together the partners’ costs were {total} ({msp} {mspCost}, {isv} {isvCost}), leaving a profit of {surplus}.',
  'explain.revenue.short':
    '{income} Together the partners’ costs were {total} ({msp} {mspCost}, {isv} {isvCost}), so revenue fell {shortfall} short of covering them.',
  'explain.revenue.even':
    '{income} Together the partners’ costs were {total} ({msp} {mspCost}, {isv} {isvCost}), so revenue exactly covered them: there is no profit to share.',
  'explain.costs.shortfall':
    'Revenue does not cover the costs, so all of it is split in proportion to this month’s costs ({msp} {mspPct}, {isv} {isvPct}): {msp} gets {mspShare} of its {mspCost}, {isv} {isvShare} of its {isvCost}. So each carries part of the shortfall: {msp} {mspUncovered}, {isv} {isvUncovered}.',
  'explain.costs.covered':
    'Revenue covers the costs, so each partner first gets its own costs back: {msp} {mspCost}, {isv} {isvCost}.',
  'explain.catchUp.nothing': 'No catch-up: neither partner had anything left to recover.',
  'explain.catchUp.same': 'No catch-up: both had lost the same ({loss}).',
  'explain.catchUp.all':
    'At the start of the month {to} had lost {toLoss} and {other} {otherLoss}: {to}’s loss was {gap} larger. Profit goes to the partner who has lost more until both have lost the same, so {to} gets {amount}, all of the profit; {to} is still {left} further behind.',
  'explain.catchUp.closes':
    'At the start of the month {to} had lost {toLoss} and {other} {otherLoss}: {to}’s loss was {gap} larger. Profit goes to the partner who has lost more until both have lost the same, so {to} gets {amount}, which closes the gap.',
  'explain.equal.paidBack':
    'Both had {loss} still to recover, and the profit left covers both: each gets {loss}, which pays both back in full.',
  'explain.equal.split':
    'Both had {loss} still to recover, so the profit left ({total}) is split 50/50: {msp} {mspAmount}, {isv} {isvAmount}.',
  'explain.proportional':
    'With both investments recovered, the remaining {amount} is split in proportion to this month’s costs ({msp} {mspPct}, {isv} {isvPct}): {msp} {mspPart}, {isv} {isvPart}. That gives both partners the same margin on this part.',
  'explain.positions':
    '{msp} went from {mspBefore} to {mspAfter}{mspEven, select, yes { and broke even this month} other {}}; {isv} went from {isvBefore} to {isvAfter}{isvEven, select, yes { and broke even this month} other {}}.',
  'explain.next.goLiveNext': 'Next month is go-live: from then on revenue comes in and is shared.',
  'explain.next.goLiveIn':
    'Go-live is in month {month}, {away, plural, one {# month away} other {# months away}}: until then both partners keep investing.',
  'explain.next.coverCosts':
    'To leave phase 2, revenue has to cover both partners’ costs; this month it was {shortfall} short. Once it does, phase {phase} ({name}) applies.',
  'explain.next.closeGap':
    'Phase 4 ({name}, profit split 50/50) starts once both have lost the same: {behind} is still {gap} further behind.',
  'explain.next.payBackEach':
    'Phase 5 ({name}) starts once both investments are paid back: each partner still has {loss} to recover.',
  'explain.next.payBackUpTo':
    'Phase 5 ({name}) starts once both investments are paid back: up to {loss} is still to recover.',
  'explain.next.stay':
    'Both investments are paid back. This lasts while revenue covers costs (this month with {cushion} to spare); if revenue fell below costs, phase 2 would apply again.',
  'explain.next.horizonEnd': 'This is the last simulated month.',
  'explain.next.noChange':
    '{goal} In this scenario the phase does not change again within the {months} simulated months.',
  'explain.next.changeNextMonth':
    '{goal} In this scenario phase {phase} ({name}) starts next month.',
  'explain.next.changeIn':
    '{goal} In this scenario phase {phase} ({name}) starts in month {month} ({later, plural, one {# month later} other {# months later}}).',

  // What an itemised partner's costs are made of.
  'explain.title.items': 'What the costs are made of',
  'explain.items.lead':
    'Each partner’s costs are the sum of its cost items. Their amounts in the first year (the set-up is spread over the investment months; per-instance costs count for each billed instance):',
  'explain.items.caption': '{count, plural, one {{partner}: # item} other {{partner}: # items}}',
  'explain.items.init': 'Set-up',
  'explain.items.fixed': 'Per month',
  'explain.items.unit': 'Per instance',
  'explain.items.label': '{number} {label}',
  'explain.items.total': 'Total',

  // The printed report.
  'report.button': 'Print report',
  'report.toolbar': 'Report',
  'report.print': 'Print or save as PDF',
  'report.back': 'Back to the simulator',
  'report.hint': 'A4, portrait. Escape goes back.',
  'report.calculating': 'Calculating…',
  'report.kicker': 'Servala ISV partnership · revenue-sharing report',
  'report.untitled': 'Untitled scenario',
  'report.meta':
    '{months, plural, one {Created {date} · # month · amounts in {currency}} other {Created {date} · # months · amounts in {currency}}}',
  'report.summaryHeading': 'In short',
  'report.summary':
    'How the five-phase model works: both partners start with investments, the partner who invested more catches up faster once the service is profitable, both reach break-even together, then each month’s revenue follows that month’s costs, so within each month both earn the same margin (summed over the years the margins differ slightly as the cost mix changes). For this scenario: {summary}',
  'report.kpisHeading': 'Key figures',
  'report.phasesHeading': 'The five phases',
  'report.phaseTitle': 'Phase {phase} · {name}',
  'report.phaseMonth': 'Month {from}',
  'report.phaseMonths': 'Months {from}–{to}',
  'report.morePhases':
    '{count, plural, one {…and # more phase change (see the month table).} other {…and # more phase changes (see the month table).}}',
  'report.inputsHeading': 'Inputs',
  'report.partnerCosts': 'Costs of each partner (effective labour cost, not billing rates)',
  'report.mspColumn': 'Service provider (MSP)',
  'report.isvColumn': 'Software vendor (ISV)',
  'report.linkLead': 'These inputs open again in the simulator with this link:',
  'report.linkText': '“{name}” in the simulator · {address}',

  // The report's appendix "Who does what": each partner's cost items.
  'report.items.heading': 'Appendix · Who does what',
  'report.items.lead':
    'Each partner’s responsibilities and what they cost, item by item, numbered for an agreement to cite: {mspCount, plural, one {{msp}’s item is A.1} other {{msp}’s items are A.1 to A.#}}, {isvCount, plural, one {{isv}’s item is B.1} other {{isv}’s items are B.1 to B.#}}. Amounts are at the first year’s rates (the yearly running-cost change applies from the second year on): an item’s hours times its hourly rate (the partner’s unless stated), plus its other costs. The subtotals are the set-up, monthly and per-instance costs the simulation uses.',
  'report.items.caption': '{letter} · {partner} (partner rate {rate}/h)',
  'report.items.number': 'No.',
  'report.items.item': 'Item and hourly rate',
  'report.items.init': 'Set-up',
  'report.items.fixed': 'Per month',
  'report.items.unit': 'Per instance and month',
  'report.items.subtotal': 'Subtotal {partner}',
  'report.items.rounding':
    'Each of {partner}’s items is rounded to the cent on its own and the subtotal once, from the exact amounts, so the subtotal can differ from the sum of the items by a cent or two.',
  'report.items.ownRate': '{rate}/h',
  'report.items.partnerRate': '{rate}/h (partner rate)',
  'report.items.hoursOther': '{hours} h + {other}',
  'report.items.hours': '{hours} h',

  // The first-visit introduction.
  'intro.title': 'How the partnership shares revenue',
  'intro.lead':
    'VSHN (the service provider) and a software vendor invest together, then share each month’s revenue by rules that change in five phases:',
  'intro.phaseName': 'Phase {phase}, {name}',
  'intro.phaseRule': '({months} here): {rule}',
  'intro.month': 'month {from}',
  'intro.months': 'months {from}–{to}',
  'intro.change':
    'Change any input on the left (type a number or move its slider) and every figure, phase and chart updates at once. Undo takes a change back; Help in the header explains every input and figure.',
  'intro.dismiss': 'Got it',

  // Help.
  'help.button': 'Help',
  'help.title': 'How the simulator works',
  'help.close': 'Close',
  'help.goLiveHeading': 'Counting months: go-live is month 1 of operation',
  'help.goLive':
    'Months count from the start of the scenario: month 1 is the first month of work. The go-live month (the month after the investment months) is “month 1 of operation”, so with go-live in month 7, month 26 is month 20 of operation. Every card, phase, explanation, report and presentation counts this way.',
  'help.phasesHeading': 'The five phases',
  'help.phase': '{name}:',
  'help.inputsHeading': 'The inputs',
  'help.inputsLead':
    "Each partner (VSHN and the software vendor) has its own costs; price, instances and timing are shared. Type a number (1'490, 1 490 and 1490 all work) or move the slider.",
  'help.figuresHeading': 'The figures',
  'help.in.name': 'Partner name',
  'help.in.name.text': 'How each partner is called in every figure and chart.',
  'help.in.rate': 'Hourly labour cost',
  'help.in.rate.text': 'What one hour of the partner’s people costs it.',
  'help.in.init': 'Initialisation hours and other initialisation costs',
  'help.in.init.text':
    'The one-off work and spending before go-live, spread over the investment months.',
  'help.in.monthly': 'Monthly hours and other monthly costs',
  'help.in.monthly.text':
    'What running the service costs the partner every month, however many instances run.',
  'help.in.perInstance': 'Hours and other costs per instance',
  'help.in.perInstance.text': 'What each running instance adds to the partner’s monthly costs.',
  'help.in.price': 'Price per instance and yearly price change',
  'help.in.price.text':
    'What a customer pays per instance per month, and how that price moves each year.',
  'help.in.instances':
    'Instances at go-live, new instances per month, monthly growth, monthly churn, instance cap',
  'help.in.instances.text':
    'How many instances run: a start, a steady number of new ones, a growth rate on top, the share lost each month, and a ceiling that is never passed.',
  'help.in.investment': 'Investment months',
  'help.in.investment.text':
    'How long the partners build before the service goes live and earns anything.',
  'help.in.horizon': 'Horizon (months)',
  'help.in.horizon.text': 'How many months the simulation covers.',
  'help.in.costChange': 'Yearly cost change',
  'help.in.costChange.text': 'How all costs move each year (wages, prices).',
  'help.fig.position': 'Position',
  'help.fig.position.text':
    'What a partner has received so far minus what it has spent so far. Below zero it is still out of pocket.',
  'help.fig.breakEven': 'Break-even',
  'help.fig.breakEven.text':
    'The first month in which a partner’s position is no longer below zero, given both as a month of the scenario and as a month of operation.',
  'help.fig.exposure': 'Most out of pocket',
  'help.fig.exposure.text':
    'A partner’s lowest position: the most it has to finance, and the month it happens.',
  'help.fig.final': 'Final position',
  'help.fig.final.text':
    'A partner’s position in the last month of the horizon: received minus costs over the whole period.',
  'help.fig.margin': 'Margin after payback',
  'help.fig.margin.text':
    'Once both partners are paid back (phase 5), each month’s revenue is split in proportion to that month’s costs, so within each month both partners keep the same share of what they receive as profit: the same margin. Summed over years the partners’ margins differ slightly, because the mix of their costs changes over time.',
  'help.fig.charts': 'Revenue split, instances and margin charts',
  'help.fig.charts.text':
    'Month by month: who receives which share of revenue, how many instances run, and each partner’s margin in that month. Hover or use the arrow keys on a chart to read a month’s exact figures; click or press Enter to have the month explained.',
  'help.fig.zoom': 'Timeline zoom',
  'help.fig.zoom.text':
    'The timeline opens on the months up to a little after the first break-even. Drag across it, press + or − on it, or use its buttons; “Whole horizon” shows every month.',
} as const;
