import type { DecimalString } from './types';

/**
 * Reading the scenario's exact decimal strings as scaled integers: "87.35" at 2 decimals is 8735n.
 * The schema has already checked every value, so text that is not a decimal, or has more decimals
 * than its kind allows, is a programming error here, not a user error.
 *
 * Read by hand rather than by a regular expression: the risk analysis reads each run's sampled
 * inputs, up to fifteen per run and 10,000 runs, and this is a few times faster.
 */
function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether text matches ^-?(0|[1-9][0-9]*)(\.[0-9]+)?$ given where its integer part ends. */
function wellFormed(text: string, start: number, dot: number): boolean {
  const intEnd = dot < 0 ? text.length : dot;
  if (intEnd === start || !isDigits(text, start, intEnd)) return false;
  if (text.charCodeAt(start) === 48 && intEnd > start + 1) return false; // a leading zero
  return dot < 0 || (text.length > dot + 1 && isDigits(text, dot + 1, text.length));
}

export function toScaled(text: DecimalString, decimals: number): bigint {
  const negative = text.charCodeAt(0) === 45; // "-"
  const start = negative ? 1 : 0;
  const dot = text.indexOf('.', start);
  if (!wellFormed(text, start, dot)) throw new RangeError(`not a decimal string: "${text}"`);
  let fracEnd = text.length;
  if (dot >= 0) while (fracEnd > dot + 1 && text.charCodeAt(fracEnd - 1) === 48) fracEnd--;
  const places = dot < 0 ? 0 : fracEnd - dot - 1;
  if (places > decimals) throw new RangeError(`"${text}" has more than ${decimals} decimals`);
  const whole = text.slice(start, dot < 0 ? text.length : dot);
  const frac = dot < 0 ? '' : text.slice(dot + 1, fracEnd);
  const magnitude = BigInt(whole + frac + '0'.repeat(decimals - places));
  return negative ? -magnitude : magnitude;
}
