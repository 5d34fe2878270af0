import type { IntColumn } from './types';

/**
 * Reading exact integer columns without caring how they are stored, and turning exact integers
 * into the canonical text of spec section 7. Money stays integer here; floats appear only in
 * `toChartSeries`, whose output is for drawing, never for showing or adding up.
 */

export function intAt(col: IntColumn, i: number): bigint {
  const v = col[i];
  if (v === undefined) throw new RangeError(`index ${i} outside a column of ${col.length}`);
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Whole integer scaled down by 10^decimals, as exact text with exactly `decimals` decimals. */
export function scaledIntToString(value: bigint | number, decimals: number): string {
  const v = typeof value === 'bigint' ? value : BigInt(value);
  const negative = v < 0n;
  const digits = (negative ? -v : v).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  const text = decimals > 0 ? `${whole}.${frac}` : whole;
  // Zero is "0.00", never "-0.00".
  return negative && v !== 0n ? `-${text}` : text;
}

/** Canonical money text: exactly two decimals ("-41200.09"). */
export function centsToString(cents: bigint | number): string {
  return scaledIntToString(cents, 2);
}

/** Canonical instance text: exactly six decimals ("5.059467"). */
export function millionthsToString(millionths: bigint | number): string {
  return scaledIntToString(millionths, 6);
}

export function moneyAt(col: IntColumn, i: number): string {
  return centsToString(intAt(col, i));
}

/** Chart coordinates: the column divided by 10^decimals as float64 (for drawing only). */
export function toChartSeries(col: IntColumn, decimals = 2): Float64Array {
  const out = new Float64Array(col.length);
  const scale = 10 ** decimals;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] as number | bigint;
    out[i] = Number(v) / scale;
  }
  return out;
}
