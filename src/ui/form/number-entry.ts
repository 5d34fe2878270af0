import { t } from '../i18n';

/**
 * What people type or paste into a number field, made into the exact decimal text the engine
 * reads. The app shows amounts with Swiss grouping (1'490, 1'000'000), so the same grouping is
 * accepted back: apostrophes (' and ’), spaces, no-break and thin spaces between groups of three
 * digits, and surrounding white space. Anything still ambiguous gets a precise message rather
 * than the schema's generic one, in the active language.
 */

/** Group separators the app displays or a pasted value commonly carries. */
const GROUP = "['’\\u0020\\u00a0\\u2009\\u202f]";
const GROUPED_INTEGER = new RegExp(`^-?\\d{1,3}(${GROUP}\\d{3})+(\\.\\d+)?$`);
const HAS_GROUP = new RegExp(GROUP);
const ANY_GROUP = new RegExp(GROUP, 'g');

export type EntryReading = { ok: true; text: string } | { ok: false; message: string };

/** `"1'490"` → `"1490"`, `" 1 490 "` → `"1490"`; a comma or misplaced grouping → a message. */
export function readNumberEntry(raw: string): EntryReading {
  const text = raw.trim();
  if (text.includes(',')) {
    return { ok: false, message: t('validation.decimalComma') };
  }
  if (!HAS_GROUP.test(text)) return { ok: true, text };
  if (!GROUPED_INTEGER.test(text)) {
    return { ok: false, message: t('validation.grouping') };
  }
  return { ok: true, text: text.replace(ANY_GROUP, '') };
}
