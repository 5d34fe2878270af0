/**
 * Money for people to read. The input is always the engine's canonical text ("-79828.74"), never
 * a JS number: above 2^53 a number has already lost cents. Modern engines (Node 20, Chromium 106+)
 * format a decimal string exactly (Intl.NumberFormat v3); where a runtime does not, we borrow the
 * locale's symbols from a small template number and group the exact digits ourselves.
 *
 * One form everywhere: the sign stands before the currency ("−CHF 44'631.26", "+CHF 1'490.00"
 * for a change), written with the minus sign U+2212, whatever the locale would do on its own.
 */

import { currentLanguage } from '../i18n/i18n';
import { appLocale } from './locale';
import { MINUS, groupDigits } from './number';

/**
 * Where a currency's usual form differs from the Swiss one: euros and dollars are written as
 * their readers expect them ("1.234,50 €", "€1,234.50", "$1,234.50"); CHF (and any other code)
 * follows the language's Swiss locale ("CHF 1'234.50").
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

/** The amount without its sign, in the locale's own currency form ("CHF 44'631.26"). */
function formatMagnitude(magnitude: string, currency: string, locale: string): string {
  const f = formatterFor(currency, locale);
  // Intl's types predate v3 and list only number | bigint; the string is formatted exactly.
  if (intlFormatsStringsExactly()) return f.format(magnitude as unknown as number);
  return formatExactByTemplate(magnitude, f);
}

/** Whether canonical text is zero once rounded to cents (so it carries no sign). */
function roundsToZero(magnitude: string): boolean {
  const [whole = '0', frac = ''] = magnitude.split('.');
  if (!/^0*$/.test(whole)) return false;
  const cents = (frac + '000').slice(0, 3);
  return Number(cents) < 5;
}

function signedForm(amount: string, currency: string, locale: string, plus: boolean): string {
  if (!CANONICAL.test(amount)) throw new TypeError(`not an exact decimal: ${amount}`);
  const negative = amount.startsWith('-');
  const magnitude = negative ? amount.slice(1) : amount;
  const text = formatMagnitude(magnitude, currency, locale);
  if (roundsToZero(magnitude)) return text;
  if (negative) return `${MINUS}${text}`;
  return plus ? `+${text}` : text;
}

/** A money formatter: the canonical amount in `currency`, with a sign always or only when negative. */
function moneyFormatter(signed: boolean) {
  return (amount: string, currency: string, locale = moneyLocale(currency)): string =>
    signedForm(amount, currency, locale, signed);
}

/**
 * Formats canonical money text in `currency`: "CHF 1'490.00", "−CHF 44'631.26". Throws on text
 * that is not a plain decimal, since that means a float or a formatted value leaked in where an
 * exact one belongs.
 */
export const formatMoney = moneyFormatter(false);

/** A change of money, always signed: "+CHF 24'427'700.00", "−CHF 5'848'050.00", "CHF 0.00". */
export const formatSignedMoney = moneyFormatter(true);

/**
 * The fallback: format a template (1234567.89) to learn the locale's pattern and symbols, then
 * put the exact digits of `amount` (unsigned), grouped by three, in place of the template's.
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

/**
 * Whole-number counts (instances, months, runs) with the same grouping as money: "1'234",
 * "1'000'000'000", "−5". Exact for bigint and integer text too.
 */
export function formatCount(value: number | bigint | string, locale = appLocale()): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    value = Math.round(value).toString();
  }
  return groupDigits(value.toString(), locale);
}

/** The unit words of compact amounts, by language: "4.1M" in English, "4.1 Mio." in German. */
const COMPACT_UNITS: Record<'de' | 'en', readonly (readonly [number, string])[]> = {
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ],
  de: [
    [1e12, '\u00a0Bio.'],
    [1e9, '\u00a0Mrd.'],
    [1e6, '\u00a0Mio.'],
  ],
};

/**
 * Compact amounts for chart axes and short labels ("120k", "4.1M"; German "120'000", "4.1 Mio."),
 * with the app's grouping and minus sign. Chart coordinates only, never an exact amount.
 */
export function formatAxisMoney(value: number, locale = appLocale()): string {
  if (!Number.isFinite(value)) return String(value);
  const language = locale.startsWith('de') ? 'de' : 'en';
  const magnitude = Math.abs(value);
  const sign = value < 0 && Math.round(magnitude) !== 0 ? MINUS : '';
  for (const [size, unit] of COMPACT_UNITS[language]) {
    const scaled = Math.round((magnitude / size) * 10) / 10;
    if (scaled >= 1) {
      const digits = Number.isInteger(scaled) ? String(scaled) : scaled.toFixed(1);
      return `${sign}${groupDigits(digits, locale)}${unit}`;
    }
  }
  return `${sign}${groupDigits(Math.round(magnitude).toString(), locale)}`;
}
