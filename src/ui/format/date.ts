import { appLocale } from './locale';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date and time as the active language writes it: "2 December 2026 at 16:51", "2. Dezember 2026 um 16:51". */
export function formatDateTime(date: Date, locale = appLocale()): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    formats.set(locale, f);
  }
  return f.format(date);
}
