import type { MessageKey } from '../i18n';

/**
 * The Help panel's words: every input and every figure in plain language, as message keys
 * (term and its explanation), so both languages read the same list. Rendered as text.
 */
export interface HelpEntry {
  term: MessageKey;
  text: MessageKey;
}

/** The ids of the entries under `prefix`: each has a term `prefix.id` and a text `prefix.id.text`. */
type HelpId<P extends string> = MessageKey extends infer K
  ? K extends `${P}.${infer Id}.text`
    ? Id
    : never
  : never;

function helpEntries<P extends 'help.in' | 'help.fig'>(
  prefix: P,
  ids: readonly HelpId<P>[],
): readonly HelpEntry[] {
  // The text key is checked by `HelpId`; its term is the same key without `.text`.
  return ids.map((id) => ({
    term: `${prefix}.${id}` as MessageKey,
    text: `${prefix}.${id}.text` as MessageKey,
  }));
}

export const INPUT_HELP = helpEntries('help.in', [
  'name',
  'rate',
  'init',
  'monthly',
  'perInstance',
  'price',
  'instances',
  'investment',
  'horizon',
  'costChange',
]);

export const FIGURE_HELP = helpEntries('help.fig', [
  'position',
  'breakEven',
  'exposure',
  'final',
  'margin',
  'charts',
  'zoom',
]);
