import { appLocale, numberFormat } from './locale';

/** The minus sign of every shown figure (U+2212, as wide as "+"; never a hyphen). */
export const MINUS = '\u2212';

/** The group separator of a locale ("'" in de-CH and en-CH, "," in en-US). */
export function groupSeparator(locale = appLocale()): string {
  return (
    numberFormat(locale, {})
      .formatToParts(1234567)
      .find((p) => p.type === 'group')?.value ?? ''
  );
}

/** The decimal separator of a locale. */
export function decimalSeparator(locale = appLocale()): string {
  return (
    numberFormat(locale, {})
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value ?? '.'
  );
}

/**
 * Exact decimal text ("-1234567.5") grouped by three in the locale's style, every group from
 * 1'000 on (Intl's de-CH would write 5000 but 10'000), with the minus sign U+2212.
 */
export function groupDigits(text: string, locale = appLocale()): string {
  const negative = text.startsWith('-');
  const [whole = '0', frac] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator(locale));
  const body = frac === undefined ? grouped : `${grouped}${decimalSeparator(locale)}${frac}`;
  return negative && /[1-9]/.test(whole + (frac ?? '')) ? `${MINUS}${body}` : body;
}

/**
 * A decimal figure in text (not money): fixed decimals from a number, or exact text kept as it
 * is. "5'000.5", "−0.25".
 */
export function formatDecimal(
  value: number | string,
  decimals?: number,
  locale = appLocale(),
): string {
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'number' && decimals !== undefined) text = value.toFixed(decimals);
  return groupDigits(text, locale);
}
