import { scaledIntToString } from '../columns';
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

/** A range made ready for many draws: the doubles of 10.3 and the bounds in the field's steps. */
export interface Sampler {
  readonly a: number;
  readonly c: number;
  readonly b: number;
  readonly decimals: number;
  /** low and high × 10^decimals: safe integers for every field of table 10.1 (at most 10^13). */
  readonly lowSteps: number;
  readonly highSteps: number;
  readonly lowText: string;
  readonly highText: string;
  /**
   * One step of the field (10^−decimals) inside [a, b] from either end: a draw in between rounds
   * to a value within [low, high], since a and b are within far less than half a step of low and
   * high (their binary rounding error is below a thousandth of a step for every field of table
   * 10.1; the worst is a count of 10^7 at 6 decimals).
   */
  readonly safeLow: number;
  readonly safeHigh: number;
}

export function makeSampler(range: SampleRange): Sampler {
  const d = range.decimals;
  return {
    a: Number(range.low),
    c: Number(range.mode),
    b: Number(range.high),
    decimals: d,
    lowSteps: Number(toScaled(range.low, d)),
    highSteps: Number(toScaled(range.high, d)),
    lowText: withDecimals(range.low, d),
    highText: withDecimals(range.high, d),
    safeLow: Number(range.low) + 10 ** -d,
    safeHigh: Number(range.high) - 10 ** -d,
  };
}

/**
 * The sampled value for u as text with exactly the range's decimals: x rounded half away from zero
 * (toFixed rounds the exact binary value of x that way), clamped to [low, high] exactly, and
 * never "-0.00": a draw just below zero that rounds to zero is zero.
 */
export function sample(s: Sampler, u: number): string {
  const x = triangular(u, s.a, s.c, s.b);
  const text = x.toFixed(s.decimals);
  // Away from both ends the text needs no clamping, and only a negative draw can read "-0.00":
  // reading the text back as a number is left to the rare draws where it matters.
  if (x > s.safeLow && x < s.safeHigh && x >= 0) return text;
  // The text in the field's steps, exactly: at most 14 digits, so a safe integer.
  const steps = Number(s.decimals === 0 ? text : text.replace('.', ''));
  if (steps < s.lowSteps) return s.lowText;
  if (steps > s.highSteps) return s.highText;
  // A draw just below zero that rounds to zero reads "-0.00" (steps is −0, and −0 === 0).
  if (steps === 0 && text.startsWith('-')) return text.slice(1);
  return text;
}

/** sample() for a single draw. */
export function sampleText(u: number, range: SampleRange): string {
  return sample(makeSampler(range), u);
}

/** Text of toFixed without its trailing fraction zeros, the engine's canonical decimal form. */
export function canonicalFixed(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end--;
  if (text[end - 1] === '.') end--;
  return text.slice(0, end);
}
