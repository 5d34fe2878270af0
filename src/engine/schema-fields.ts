import { z } from './zod';
import {
  canonicalDecimal,
  compareDecimal,
  decimalPlaces,
  decimalTextOf,
  groupThousands,
} from './decimal-text';

/**
 * Field schemas of spec section 1, one builder per kind. Each accepts what a user's file or form
 * holds (a decimal string or a JSON number), checks it as exact decimal text and outputs the
 * engine's form (canonical decimal strings, integers as numbers). Messages are written for people
 * and name the field by its label; the path is added by whoever reports them.
 */

export const REQUIRED = 'Required';
export const UNKNOWN_FIELD = 'Unknown field';

/** A decimal kind: inclusive bounds as exact text, the most decimal places allowed, an optional unit. */
export interface DecimalKind {
  min: string;
  max: string;
  places: number;
  unit: '' | ' %';
  /** A valid value shown in "not a number" messages. */
  example: string;
}

export const MONEY: DecimalKind = {
  min: '0',
  max: '1000000000',
  places: 2,
  unit: '',
  example: '87.35',
};
export const HOURS: DecimalKind = { min: '0', max: '1000000', places: 4, unit: '', example: '7.5' };
export const COUNT: DecimalKind = { min: '0', max: '10000000', places: 6, unit: '', example: '12' };
/** Yearly price and cost changes. */
export const PERCENT_CHANGE: DecimalKind = {
  min: '-50',
  max: '100',
  places: 4,
  unit: ' %',
  example: '2.5',
};
/** Monthly growth and churn rates. */
export const PERCENT_RATE: DecimalKind = {
  min: '0',
  max: '100',
  places: 4,
  unit: ' %',
  example: '2.5',
};

/** Zod's `error` option: "Required" for a missing value, the field's own message for anything else. */
function requiredOr(message: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message),
  };
}

function notANumber(label: string, kind: DecimalKind): string {
  return `${label} must be a plain decimal number like ${kind.example} (no exponent, spaces, + sign or leading zeros)`;
}

function rangeMessage(label: string, kind: DecimalKind, text: string): string {
  const min = `${groupThousands(kind.min)}${kind.unit}`;
  const max = `${groupThousands(kind.max)}${kind.unit}`;
  const decimals = `with at most ${kind.places} decimals`;
  // Percentages have two meaningful bounds; money, hours and counts mostly fail on the sign.
  if (kind.unit === ' %') return `${label} must be from ${min} to ${max}, ${decimals}`;
  if (compareDecimal(text, kind.min) < 0) return `${label} must be ${min} or more, ${decimals}`;
  return `${label} must be at most ${max}, ${decimals}`;
}

/** The problem with a decimal value of this kind, or null if it is valid. */
export function decimalProblem(label: string, kind: DecimalKind, input: unknown): string | null {
  const text = decimalTextOf(input);
  if (text === null) return notANumber(label, kind);
  if (compareDecimal(text, kind.min) < 0 || compareDecimal(text, kind.max) > 0) {
    return rangeMessage(label, kind, text);
  }
  if (decimalPlaces(text) > kind.places) {
    return `${label} must have at most ${kind.places} decimals`;
  }
  return null;
}

/** The canonical text of a valid decimal of this kind; otherwise the problem becomes an issue. */
function checkedDecimal(
  label: string,
  kind: DecimalKind,
  value: string | number,
  ctx: { issues: z.core.$ZodRawIssue[] },
): string {
  const problem = decimalProblem(label, kind, value);
  if (problem !== null) {
    ctx.issues.push({ code: 'custom', message: problem, input: value });
    return z.NEVER;
  }
  // Checked above, so the text exists.
  return canonicalDecimal(decimalTextOf(value) ?? '');
}

/** A decimal field: string or JSON number in, canonical decimal string out. */
export function decimalField(label: string, kind: DecimalKind) {
  return z
    .union([z.string(), z.number()], requiredOr(notANumber(label, kind)))
    .transform((value, ctx): string => checkedDecimal(label, kind, value, ctx));
}

/** Like decimalField, but `null` is a value of its own (`orNull` says what it means). Absent is still "Required". */
export function nullableDecimalField(label: string, kind: DecimalKind, orNull: string) {
  return z
    .union([z.null(), z.string(), z.number()], requiredOr(`${notANumber(label, kind)}, ${orNull}`))
    .transform((value, ctx): string | null =>
      value === null ? null : checkedDecimal(label, kind, value, ctx),
    );
}

/** The whole number a value names if it is one within [min, max], else null. Exact, via text. */
export function wholeNumberIn(input: unknown, min: number, max: number): number | null {
  const text = decimalTextOf(input);
  if (text === null || decimalPlaces(text) > 0) return null;
  if (compareDecimal(text, String(min)) < 0 || compareDecimal(text, String(max)) > 0) return null;
  // Whole and within bounds far below 2^53, so Number() is exact here.
  return Number(canonicalDecimal(text));
}

/** An integer field: a whole value in [min, max] as string or JSON number ("120", 120, "120.0"); a number out. */
export function integerField(message: string, min: number, max: number) {
  return z.union([z.string(), z.number()], requiredOr(message)).transform((value, ctx): number => {
    const whole = wholeNumberIn(value, min, max);
    if (whole === null) {
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    }
    return whole;
  });
}

/** Like integerField, but `null` is a value of its own (no cap). Absent is still "Required". */
export function nullableIntegerField(message: string, min: number, max: number) {
  return z
    .union([z.null(), z.string(), z.number()], requiredOr(message))
    .transform((value, ctx): number | null => {
      if (value === null) return null;
      const whole = wholeNumberIn(value, min, max);
      if (whole === null) {
        ctx.issues.push({ code: 'custom', message, input: value });
        return z.NEVER;
      }
      return whole;
    });
}

/** Characters are Unicode code points (spec section 1): an emoji counts once, not as two UTF-16 units. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** A text field of minLength…maxLength code points. */
export function textField(message: string, minLength: number, maxLength: number) {
  return z.string(requiredOr(message)).refine((text) => {
    const length = codePointLength(text);
    return length >= minLength && length <= maxLength;
  }, message);
}

/** A strict object: unknown fields are rejected ("Unknown field"), a missing section is "Required". */
export function sectionSchema<Shape extends z.ZodRawShape>(label: string, shape: Shape) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return UNKNOWN_FIELD;
      return issue.input === undefined ? REQUIRED : `${label} must be an object with its fields`;
    },
  });
}
