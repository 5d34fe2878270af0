import { app } from './de/app';
import { kpi } from './de/kpi';
import { terms } from './de/terms';
import { table } from './de/table';
import { fields } from './de/fields';
import { analysis } from './de/analysis';
import { charts } from './de/charts';
import { sharing } from './de/sharing';
import { report } from './de/report';
import { costs } from './de/costs';
import type { MessageKey } from './en';

/**
 * The German (Swiss) catalogue: Swiss orthography ("ss", never "ß") and the vocabulary of
 * GLOSSARY.md. Typed against the English keys, so a missing or an extra key fails the type check.
 */
export const de: Record<MessageKey, string> = {
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
};
