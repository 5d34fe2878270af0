/**
 * The Help panel's words: every input and every figure in plain language. Plain strings (never
 * HTML), rendered as text.
 */
export interface HelpEntry {
  term: string;
  text: string;
}

export const GO_LIVE_HELP =
  'Months count from the start of the scenario: month 1 is the first month of work. The go-live month (the month after the investment months) is “month 1 of operation”, so with go-live in month 7, month 26 is month 20 of operation. Every card, phase, explanation, report and presentation counts this way.';

export const INPUT_HELP: readonly HelpEntry[] = [
  {
    term: 'Partner name',
    text: 'How each partner is called in every figure and chart.',
  },
  {
    term: 'Hourly labour cost',
    text: 'What one hour of the partner’s people costs it.',
  },
  {
    term: 'Initialisation hours and other initialisation costs',
    text: 'The one-off work and spending before go-live, spread over the investment months.',
  },
  {
    term: 'Monthly hours and other monthly costs',
    text: 'What running the service costs the partner every month, however many instances run.',
  },
  {
    term: 'Hours and other costs per instance',
    text: 'What each running instance adds to the partner’s monthly costs.',
  },
  {
    term: 'Price per instance and yearly price change',
    text: 'What a customer pays per instance per month, and how that price moves each year.',
  },
  {
    term: 'Instances at go-live, new instances per month, monthly growth, monthly churn, instance cap',
    text: 'How many instances run: a start, a steady number of new ones, a growth rate on top, the share lost each month, and a ceiling that is never passed.',
  },
  {
    term: 'Investment months',
    text: 'How long the partners build before the service goes live and earns anything.',
  },
  {
    term: 'Horizon (months)',
    text: 'How many months the simulation covers.',
  },
  {
    term: 'Yearly cost change',
    text: 'How all costs move each year (wages, prices).',
  },
];

export const FIGURE_HELP: readonly HelpEntry[] = [
  {
    term: 'Position',
    text: 'What a partner has received so far minus what it has spent so far. Below zero it is still out of pocket.',
  },
  {
    term: 'Break-even',
    text: 'The first month in which a partner’s position is no longer below zero, given both as a month of the scenario and as a month of operation.',
  },
  {
    term: 'Most out of pocket',
    text: 'A partner’s lowest position: the most it has to finance, and the month it happens.',
  },
  {
    term: 'Final position',
    text: 'A partner’s position in the last month of the horizon: received minus costs over the whole period.',
  },
  {
    term: 'Margin after payback',
    text: 'Once both partners are paid back (phase 5), each month’s revenue is split in proportion to that month’s costs, so within each month both partners keep the same share of what they receive as profit: the same margin. Summed over years the partners’ margins differ slightly, because the mix of their costs changes over time.',
  },
  {
    term: 'Revenue split, instances and margin charts',
    text: 'Month by month: who receives which share of revenue, how many instances run, and each partner’s margin in that month. Hover or use the arrow keys on a chart to read a month’s exact figures; click or press Enter to have the month explained.',
  },
  {
    term: 'Timeline zoom',
    text: 'The timeline opens on the months up to a little after the first break-even. Drag across it, press + or − on it, or use its buttons; “Whole horizon” shows every month.',
  },
];
