import type { DecimalString } from './types';

/**
 * Reading the scenario's exact decimal strings as scaled integers: "87.35" at 2 decimals is 8735n.
 * The schema has already checked every value, so a value with more decimals than its kind allows
 * is a programming error here, not a user error.
 */
const DECIMAL = /^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;

export function toScaled(text: DecimalString, decimals: number): bigint {
  const match = DECIMAL.exec(text);
  if (match === null) throw new RangeError(`not a decimal string: "${text}"`);
  const [, sign = '', whole = '0', frac = ''] = match;
  const trimmed = frac.replace(/0+$/, '');
  if (trimmed.length > decimals) {
    throw new RangeError(`"${text}" has more than ${decimals} decimals`);
  }
  const magnitude = BigInt(whole + trimmed.padEnd(decimals, '0'));
  return sign === '-' ? -magnitude : magnitude;
}
