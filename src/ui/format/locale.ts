import { formatLocale } from '../i18n/i18n';

/**
 * The locale every formatter uses by default: the active language's (de-CH or en-CH; both write
 * CHF 1’234.50). Canonical values (data-value, CSV, links, JSON) never pass through here.
 */
export function appLocale(): string {
  return formatLocale();
}

const cache = new Map<string, Intl.NumberFormat>();

/** One Intl.NumberFormat per locale and options, kept: creating one is far slower than using it. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}
