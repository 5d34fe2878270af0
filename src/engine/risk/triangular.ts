import { scaledIntToString } from '../columns';
import { compareDecimal } from '../decimal-text';
import { toScaled } from '../scaled';

/**
 * Sampling one uncertain value (spec section 10.3). This is the one place where money-like
 * inputs pass through binary doubles, on purpose: the triangular draw is specified in IEEE
 * arithmetic so that any language reproduces it bit for bit. Its result leaves here as decimal
 * text with the field's decimals and enters the exact engine like any typed-in value.
 */

/**
 * The triangular distribution's inverse CDF at u, for a ≤ c ≤ b, a < b. The statements are the
 * spec's, in its order (products left to right): reordering them would change the last bits.
 */
export function triangular(u: number, a: number, c: number, b: number): number {
  if (u < (c - a) / (b - a)) return a + Math.sqrt(u * (b - a) * (c - a));
  return b - Math.sqrt((1 - u) * (b - a) * (b - c));
}

/** `text` (at most `decimals` places) written with exactly `decimals` places: "4" → "4.00". */
export function withDecimals(text: string, decimals: number): string {
  return scaledIntToString(toScaled(text, decimals), decimals);
}

/** A range as the sampler needs it: exact bounds and mode as text, and the field's decimals. */
export interface SampleRange {
  low: string;
  mode: string;
  high: string;
  decimals: number;
}

/**
 * The sampled value for u as text with exactly the range's decimals: x rounded half away from zero
 * (toFixed rounds the exact binary value of x that way), clamped to [low, high] exactly, and
 * never "-0.00": a draw just below zero that rounds to zero is zero.
 */
export function sampleText(u: number, range: SampleRange): string {
  const x = triangular(u, Number(range.low), Number(range.mode), Number(range.high));
  let text = x.toFixed(range.decimals);
  if (text.startsWith('-') && /^-0(\.0*)?$/.test(text)) text = text.slice(1);
  if (compareDecimal(text, range.low) < 0) return withDecimals(range.low, range.decimals);
  if (compareDecimal(text, range.high) > 0) return withDecimals(range.high, range.decimals);
  return text;
}
