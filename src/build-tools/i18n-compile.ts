/**
 * Writes the compiled catalogues (run after changing a message):
 *
 *   npm run i18n:compile
 */
import { writeFileSync } from 'node:fs';
import { de } from '../ui/i18n/catalog/de.ts';
import { en } from '../ui/i18n/catalog/en.ts';
import { compiledModule } from './i18n-catalogue.ts';

for (const [name, source] of [
  ['en', en],
  ['de', de],
] as const) {
  writeFileSync(new URL(`../ui/i18n/compiled/${name}.ts`, import.meta.url), compiledModule(source));
}
