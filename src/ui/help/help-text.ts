import type { MessageKey } from '../i18n';

/**
 * The Help panel's words: every input and every figure in plain language, as message keys
 * (term and its explanation), so both languages read the same list. Rendered as text.
 */
export interface HelpEntry {
  term: MessageKey;
  text: MessageKey;
}

export const INPUT_HELP: readonly HelpEntry[] = [
  { term: 'help.in.name', text: 'help.in.name.text' },
  { term: 'help.in.rate', text: 'help.in.rate.text' },
  { term: 'help.in.init', text: 'help.in.init.text' },
  { term: 'help.in.monthly', text: 'help.in.monthly.text' },
  { term: 'help.in.perInstance', text: 'help.in.perInstance.text' },
  { term: 'help.in.price', text: 'help.in.price.text' },
  { term: 'help.in.instances', text: 'help.in.instances.text' },
  { term: 'help.in.investment', text: 'help.in.investment.text' },
  { term: 'help.in.horizon', text: 'help.in.horizon.text' },
  { term: 'help.in.costChange', text: 'help.in.costChange.text' },
];

export const FIGURE_HELP: readonly HelpEntry[] = [
  { term: 'help.fig.position', text: 'help.fig.position.text' },
  { term: 'help.fig.breakEven', text: 'help.fig.breakEven.text' },
  { term: 'help.fig.exposure', text: 'help.fig.exposure.text' },
  { term: 'help.fig.final', text: 'help.fig.final.text' },
  { term: 'help.fig.margin', text: 'help.fig.margin.text' },
  { term: 'help.fig.charts', text: 'help.fig.charts.text' },
  { term: 'help.fig.zoom', text: 'help.fig.zoom.text' },
];
