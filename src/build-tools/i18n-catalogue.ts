/**
 * Compiles the message catalogues (src/ui/i18n/catalog) ahead of time into Lingui's compiled
 * form (src/ui/i18n/compiled, committed), so the app ships no ICU parser: the strict CSP allows
 * no eval, and a parser would cost bundle size for work that can be done once here.
 */
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import type { CompiledMessage } from '@lingui/message-utils/compileMessage';

/** Every message compiled; a message that is not valid ICU throws, naming its key. */
export function compileCatalogue(source: Readonly<Record<string, string>>) {
  const out: Record<string, CompiledMessage> = {};
  for (const [key, message] of Object.entries(source)) {
    try {
      out[key] = compileMessageOrThrow(message);
    } catch (e) {
      throw new Error(`message ${key}: ${String(e)}`, { cause: e });
    }
  }
  return out;
}

/**
 * The JSON text of a compiled catalogue, keys sorted so the file changes only where a message does.
 * Data, not code: the typed module beside it (`compiled/en.ts`) imports it.
 */
export function compiledJson(source: Readonly<Record<string, string>>): string {
  const compiled = compileCatalogue(source);
  const sorted = Object.fromEntries(
    Object.keys(compiled)
      .sort()
      .map((k) => [k, compiled[k]]),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
