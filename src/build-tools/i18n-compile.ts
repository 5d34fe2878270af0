/**
 * Writes the compiled catalogues as JSON data (run after changing a message); the typed modules
 * beside them (`compiled/en.ts`, `compiled/de.ts`) import them and are written by hand:
 *
 *   npm run i18n:compile
 */
import { writeFileSync } from 'node:fs';
import { de } from '../ui/i18n/catalog/de.ts';
import { en } from '../ui/i18n/catalog/en.ts';
import { compiledJson } from './i18n-catalogue.ts';

for (const [name, source] of [
  ['en', en],
  ['de', de],
] as const) {
  writeFileSync(new URL(`../ui/i18n/compiled/${name}.json`, import.meta.url), compiledJson(source));
}
