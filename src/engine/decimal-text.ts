/**
 * Exact decimal text: the numbers of a scenario are checked as text, never through binary floating
 * point, so "0.1", 1e21 or 87.350 are judged by exactly what they say (spec section 1).
 */

/** A plain decimal: optional minus, no leading zeros, optional fraction; no exponent, "+", spaces or leading ".". */
export const DECIMAL_PATTERN = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/**
 * The exact decimal text of a scenario number, or null if it is none. A string must match
 * DECIMAL_PATTERN as written; a JSON number is read as its shortest round-trip text (`String(n)`),
 * which must match too, so 1e-7, 1e21, NaN and Infinity are refused. Booleans, objects etc. give null.
 */
export function decimalTextOf(input: unknown): string | null {
  let text: string;
  if (typeof input === 'string') text = input;
  else if (typeof input === 'number') text = String(input);
  else return null;
  return DECIMAL_PATTERN.test(text) ? text : null;
}

/** Splits pattern-conforming text into sign, integer digits and fraction digits without trailing zeros. */
function parts(text: string): { negative: boolean; int: string; frac: string } {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf('.');
  const int = dot < 0 ? body : body.slice(0, dot);
  const frac = dot < 0 ? '' : body.slice(dot + 1).replace(/0+$/, '');
  return { negative, int, frac };
}

/** Decimal places of the value, not of the text: "87.350" has 2, "5.0" has 0. */
export function decimalPlaces(text: string): number {
  // As parts(text).frac.length, without building the parts: the risk runs ask this per sample.
  const dot = text.indexOf('.');
  if (dot < 0) return 0;
  let end = text.length;
  while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end--;
  return end - dot - 1;
}

/** Canonical form: no trailing fraction zeros, no empty fraction, no "-0" ("-0.00" → "0", "87.350" → "87.35"). */
export function canonicalDecimal(text: string): string {
  const { negative, int, frac } = parts(text);
  const isZero = int === '0' && frac === '';
  const sign = negative && !isZero ? '-' : '';
  return frac === '' ? `${sign}${int}` : `${sign}${int}.${frac}`;
}

/** Compares two non-negative magnitudes given as integer and fraction digit strings. */
function compareMagnitude(a: { int: string; frac: string }, b: { int: string; frac: string }) {
  // No leading zeros (the pattern forbids them), so a longer integer part is a larger number.
  if (a.int.length !== b.int.length) return a.int.length < b.int.length ? -1 : 1;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const width = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(width, '0');
  const fb = b.frac.padEnd(width, '0');
  if (fa === fb) return 0;
  return fa < fb ? -1 : 1;
}

/** Exact comparison of two decimal texts (each matching DECIMAL_PATTERN): -1, 0 or 1. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const pa = parts(canonicalDecimal(a));
  const pb = parts(canonicalDecimal(b));
  if (pa.negative !== pb.negative) return pa.negative ? -1 : 1;
  const magnitude = compareMagnitude(pa, pb);
  if (magnitude === 0) return 0;
  return (pa.negative ? -magnitude : magnitude) as -1 | 1;
}

/** True if the value is whole ("12", "12.00"). */
export function isWholeDecimal(text: string): boolean {
  return decimalPlaces(text) === 0;
}

/** "1000000000" → "1,000,000,000", "-50" stays "-50": bounds as people read them in messages. */
export function groupThousands(text: string): string {
  const { negative, int, frac } = parts(text);
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === '' ? '' : `.${frac}`}`;
}
