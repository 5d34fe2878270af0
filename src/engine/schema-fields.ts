import { z } from './zod';
import {
  canonicalDecimal,
  compareDecimal,
  decimalPlaces,
  decimalTextOf,
  groupThousands,
} from './decimal-text';
import type { FieldEntry } from './scenario/fields';
import type { FieldProblem, IssueCode } from './scenario/issues';

/**
 * Field schemas of spec section 1, one builder per kind, each built from a registry entry
 * (scenario/fields.ts). Each accepts what a user's file or form
 * holds (a decimal string or a JSON number), checks it as exact decimal text and outputs the
 * engine's form (canonical decimal strings, integers as numbers). Messages are written for people
 * and name the field by its label; each also carries a code and parameters (scenario/issues.ts)
 * for the UI to word it. The path is added by whoever reports them.
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

/** The decimal kind of a registry entry (money, hours, count or percent). */
export function decimalKindOf(entry: FieldEntry): DecimalKind {
  return {
    min: entry.min,
    max: entry.max,
    places: entry.decimals,
    unit: entry.kind === 'percent' ? ' %' : '',
    example: entry.example ?? '12',
  };
}

/** Zod's `error` option: "Required" for a missing value, the field's own message for anything else. */
function requiredOr(message: string) {
  return {
    error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : message),
  };
}

function notANumber(label: string, labelKey: string, kind: DecimalKind): FieldProblem {
  return {
    message: `${label} must be a plain decimal number like ${kind.example} (no exponent, spaces, + sign or leading zeros)`,
    code: 'decimalFormat',
    params: { labelKey, example: kind.example },
  };
}

function rangeProblem(label: string, labelKey: string, kind: DecimalKind, text: string) {
  const min = `${groupThousands(kind.min)}${kind.unit}`;
  const max = `${groupThousands(kind.max)}${kind.unit}`;
  const decimals = `with at most ${kind.places} decimals`;
  const params = { labelKey, min: kind.min, max: kind.max, places: kind.places };
  const problem = (code: IssueCode, message: string): FieldProblem => ({ code, message, params });
  // Percentages have two meaningful bounds; money, hours and counts mostly fail on the sign.
  if (kind.unit === ' %') {
    return problem('percentBetween', `${label} must be from ${min} to ${max}, ${decimals}`);
  }
  if (compareDecimal(text, kind.min) < 0) {
    return problem('atLeast', `${label} must be ${min} or more, ${decimals}`);
  }
  return problem('atMost', `${label} must be at most ${max}, ${decimals}`);
}

/** The problem with a decimal value of this kind (message and code), or null if it is valid. */
export function decimalIssue(
  label: string,
  labelKey: string,
  kind: DecimalKind,
  input: unknown,
): FieldProblem | null {
  const text = decimalTextOf(input);
  if (text === null) return notANumber(label, labelKey, kind);
  if (compareDecimal(text, kind.min) < 0 || compareDecimal(text, kind.max) > 0) {
    return rangeProblem(label, labelKey, kind, text);
  }
  if (decimalPlaces(text) > kind.places) {
    return {
      message: `${label} must have at most ${kind.places} decimals`,
      code: 'places',
      params: { labelKey, places: kind.places },
    };
  }
  return null;
}

/** The problem with a decimal value of this kind, or null if it is valid. */
export function decimalProblem(label: string, kind: DecimalKind, input: unknown): string | null {
  return decimalIssue(label, '', kind, input)?.message ?? null;
}

type Ctx = { issues: z.core.$ZodRawIssue[] };

function report(ctx: Ctx, problem: FieldProblem, input: unknown): void {
  ctx.issues.push({ code: 'custom', message: problem.message, params: problem, input });
}

/** The canonical text of a valid decimal of this kind; otherwise the problem becomes an issue. */
function checkedDecimal(entry: FieldEntry, value: string | number, ctx: Ctx): string {
  const problem = decimalIssue(entry.label, entry.labelKey, decimalKindOf(entry), value);
  if (problem !== null) {
    report(ctx, problem, value);
    return z.NEVER;
  }
  // Checked above, so the text exists.
  return canonicalDecimal(decimalTextOf(value) ?? '');
}

/** A decimal field: string or JSON number in, canonical decimal string out. */
export function decimalField(entry: FieldEntry) {
  const invalid = notANumber(entry.label, entry.labelKey, decimalKindOf(entry)).message;
  return z
    .union([z.string(), z.number()], requiredOr(invalid))
    .transform((value, ctx): string => checkedDecimal(entry, value, ctx));
}

/** Like decimalField, but `null` is a value of its own (`orNull` says what it means). Absent is still "Required". */
export function nullableDecimalField(entry: FieldEntry, orNull: string) {
  const invalid = notANumber(entry.label, entry.labelKey, decimalKindOf(entry)).message;
  return z
    .union([z.null(), z.string(), z.number()], requiredOr(`${invalid}, ${orNull}`))
    .transform((value, ctx): string | null =>
      value === null ? null : checkedDecimal(entry, value, ctx),
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

/** The problem of a whole-number field, whatever the value (integers have one message each). */
export function wholeNumberProblem(entry: FieldEntry): FieldProblem {
  const bounds = `from ${groupThousands(entry.min)} to ${groupThousands(entry.max)}`;
  const params = { labelKey: entry.labelKey, min: entry.min, max: entry.max };
  if (entry.orNull !== undefined) {
    const message = `${entry.label} must be a whole number ${bounds}, ${entry.orNull}`;
    return { message, code: 'wholeOrNone', params };
  }
  if (entry.wholeMonths === true) {
    const message = `${entry.label} must be a whole number of months ${bounds}`;
    return { message, code: 'wholeMonths', params };
  }
  return {
    message: `${entry.label} must be a whole number ${bounds}`,
    code: 'wholeBetween',
    params,
  };
}

function checkedWhole(entry: FieldEntry, value: string | number, ctx: Ctx): number {
  const whole = wholeNumberIn(value, Number(entry.min), Number(entry.max));
  if (whole === null) {
    report(ctx, wholeNumberProblem(entry), value);
    return z.NEVER;
  }
  return whole;
}

/** An integer field: a whole value in its bounds as string or JSON number ("120", 120, "120.0"); a number out. */
export function integerField(entry: FieldEntry) {
  return z
    .union([z.string(), z.number()], requiredOr(wholeNumberProblem(entry).message))
    .transform((value, ctx): number => checkedWhole(entry, value, ctx));
}

/** Like integerField, but `null` is a value of its own (no cap). Absent is still "Required". */
export function nullableIntegerField(entry: FieldEntry) {
  return z
    .union([z.null(), z.string(), z.number()], requiredOr(wholeNumberProblem(entry).message))
    .transform((value, ctx): number | null =>
      value === null ? null : checkedWhole(entry, value, ctx),
    );
}

/** Characters are Unicode code points (spec section 1): an emoji counts once, not as two UTF-16 units. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The problem of a text field of the wrong length (or not text). */
export function textProblem(entry: FieldEntry): FieldProblem {
  const params = { labelKey: entry.labelKey, min: entry.min, max: entry.max };
  if (entry.min === '0') {
    const message = `${entry.label} must be text of at most ${entry.max} characters`;
    return { message, code: 'textUpTo', params };
  }
  const message = `${entry.label} must be text of ${entry.min} to ${entry.max} characters`;
  return { message, code: 'textBetween', params };
}

/** A text field of the entry's length in code points. */
export function textField(entry: FieldEntry) {
  const problem = textProblem(entry);
  const [min, max] = [Number(entry.min), Number(entry.max)];
  return z.string(requiredOr(problem.message)).refine(
    (text) => {
      const length = codePointLength(text);
      return length >= min && length <= max;
    },
    { message: problem.message, params: problem },
  );
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
