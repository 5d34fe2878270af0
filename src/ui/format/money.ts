/**
 * Money for people to read. The input is always the engine's canonical text ("-79828.74"), never
 * a JS number: above 2^53 a number has already lost cents. Modern engines (Node 20, Chromium 106+)
 * format a decimal string exactly (Intl.NumberFormat v3); where a runtime does not, we borrow the
 * locale's symbols from a small template number and group the exact digits ourselves.
 */

import { currentLanguage } from '../i18n/i18n';
import { appLocale, numberFormat } from './locale';

/**
 * Where a currency's usual form differs from the Swiss one: euros and dollars are written as
 * their readers expect them ("1.234,50 €", "€1,234.50", "$1,234.50"); CHF (and any other code)
 * follows the language's Swiss locale ("CHF 1’234.50").
 */
const CURRENCY_LOCALE: Record<string, Record<'de' | 'en', string>> = {
  EUR: { de: 'de-DE', en: 'en-IE' },
  USD: { de: 'de-DE', en: 'en-US' },
};

/** The locale an amount in `currency` is written in, in the active language. */
export function moneyLocale(currency: string): string {
  return CURRENCY_LOCALE[currency]?.[currentLanguage()] ?? appLocale();
}

const CANONICAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, locale: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, f);
  }
  return f;
}

let exactStrings: boolean | undefined;

/** Whether Intl.NumberFormat formats decimal strings without going through a float. */
export function intlFormatsStringsExactly(): boolean {
  if (exactStrings === undefined) {
    // 2^53 + 1 is the first integer a float cannot hold; a float-based format prints ...992.
    const probe = new Intl.NumberFormat('en-US', { useGrouping: false }).format(
      '9007199254740993' as unknown as number,
    );
    exactStrings = probe === '9007199254740993';
  }
  return exactStrings;
}

/**
 * Formats canonical money text in `currency`. Throws on text that is not a plain decimal, since
 * that means a float or a formatted value leaked in where an exact one belongs.
 */
export function formatMoney(
  amount: string,
  currency: string,
  locale = moneyLocale(currency),
): string {
  if (!CANONICAL.test(amount)) throw new TypeError(`not an exact decimal: ${amount}`);
  const f = formatterFor(currency, locale);
  if (intlFormatsStringsExactly()) {
    // Intl's types predate v3 and list only number | bigint; the string is formatted exactly.
    return f.format(amount as unknown as number);
  }
  return formatExactByTemplate(amount, f);
}

/**
 * The fallback: format a template (±1234567.89) to learn the locale's pattern and symbols, then
 * put the exact digits of `amount`, grouped by three, in place of the template's digits.
 */
export function formatExactByTemplate(amount: string, f: Intl.NumberFormat): string {
  const negative = amount.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? amount.slice(1) : amount).split('.');
  const isZero = /^0*$/.test(whole + frac);
  const parts = f.formatToParts(negative && !isZero ? -1234567.89 : 1234567.89);
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const digits = (frac + '00').slice(0, 2);
  let out = '';
  let wroteInteger = false;
  for (const p of parts) {
    if (p.type === 'integer' || p.type === 'group') {
      if (!wroteInteger) out += grouped;
      wroteInteger = true;
    } else if (p.type === 'fraction') {
      out += digits;
    } else {
      out += p.value;
    }
  }
  return out;
}

/** Whole-number groups in the app's style, for counts such as instances ("1'234"). */
export function formatCount(value: number, locale = appLocale()): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Compact axis labels ("120k", "1.2 Mio."): chart coordinates only, never a shown amount. */
export function formatAxisMoney(value: number, locale = appLocale()): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}
