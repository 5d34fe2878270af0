import { app } from './en/app';
import { kpi } from './en/kpi';
import { terms } from './en/terms';
import { table } from './en/table';
import { fields } from './en/fields';
import { analysis } from './en/analysis';
import { charts } from './en/charts';
import { sharing } from './en/sharing';
import { report } from './en/report';
import { costs } from './en/costs';

/**
 * The English catalogue, the source of every message key: ICU MessageFormat text (placeholders
 * in braces, plurals with `{n, plural, …}`), never a sentence glued from fragments. After a
 * change run `npm run i18n:compile`; a test fails while the compiled catalogue is out of date.
 */
export const en = {
  ...app,
  ...kpi,
  ...terms,
  ...table,
  ...fields,
  ...analysis,
  ...charts,
  ...sharing,
  ...report,
  ...costs,
} as const;

/** Every message's key: a key that is not in the English catalogue fails the type check. */
export type MessageKey = keyof typeof en;
