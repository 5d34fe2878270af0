import { z } from './zod';
import { compareDecimal, decimalTextOf, canonicalDecimal, groupThousands } from './decimal-text';
import { REQUIRED, UNKNOWN_FIELD, decimalProblem, wholeNumberIn } from './schema-fields';
import type { DecimalKind } from './schema-fields';
import type { DecimalString, UncertainRange } from './types';
import { readPath } from './scenario/path';
import { UNCERTAIN_FIELDS, isUncertainField, modeIn, uncertainFieldSpec } from './uncertain-fields';
import type { UncertainField, UncertainFieldSpec } from './uncertain-fields';

/**
 * The ranges of `uncertainty.ranges` (spec section 9), in two steps. Each range alone checks its
 * field name and its two ends against that field's kind (table 10.1); what is valid of it travels
 * on as a RangeDraft. The scenario then checks what needs the rest of it (rangeChecks): each field
 * at most once, no range on a missing cap, low ≤ mode ≤ high, low < high, investment before the
 * horizon. At most one problem is reported per path, so each path reads as one clear reason.
 */

/** One range as far as it is valid on its own: null where that part was reported. */
export class RangeDraft {
  constructor(
    readonly field: UncertainField | null,
    readonly low: DecimalString | null,
    readonly high: DecimalString | null,
  ) {}
}

const FIELD_NAMES = UNCERTAIN_FIELDS.map((spec) => spec.field).join(', ');
const UNKNOWN_UNCERTAIN_FIELD = `Uncertain field must be one of ${FIELD_NAMES}`;

const EXAMPLES = { money: '87.35', percent: '2.5', count: '12', integer: '12', effort: '120' };

/** A field's kind as the decimal checks of schema-fields.ts read it. */
function decimalKindOf(spec: UncertainFieldSpec): DecimalKind {
  const percent = spec.kind === 'percent' || spec.kind === 'effort';
  return {
    min: spec.min,
    max: spec.max,
    places: spec.decimals,
    unit: percent ? ' %' : '',
    example: EXAMPLES[spec.kind],
  };
}

type End = 'low' | 'high';
const END_NAMES: Record<End, string> = { low: 'low end', high: 'high end' };

type Ctx = { issues: z.core.$ZodRawIssue[] };

function report(ctx: Ctx, path: (string | number)[], message: string, input: unknown) {
  ctx.issues.push({ code: 'custom', path, message, input });
}

/** One end of a range of a known field: its canonical text, or null after reporting why not. */
function checkEnd(spec: UncertainFieldSpec, end: End, value: unknown, ctx: Ctx): string | null {
  const label = `${spec.label} (${END_NAMES[end]})`;
  if (value === undefined) {
    report(ctx, [end], REQUIRED, value);
    return null;
  }
  if (spec.kind === 'integer') {
    const whole = wholeNumberIn(value, Number(spec.min), Number(spec.max));
    if (whole !== null) return String(whole);
    const bounds = `${groupThousands(spec.min)} to ${groupThousands(spec.max)}`;
    report(ctx, [end], `${label} must be a whole number from ${bounds}`, value);
    return null;
  }
  const problem = decimalProblem(label, decimalKindOf(spec), value);
  if (problem === null) return canonicalDecimal(decimalTextOf(value) ?? '');
  report(ctx, [end], problem, value);
  return null;
}

/** An end of a range whose field is unknown: without a kind, only "is it a number" can be said. */
function checkPlainEnd(end: End, value: unknown, ctx: Ctx): void {
  if (value === undefined) report(ctx, [end], REQUIRED, value);
  else if (decimalTextOf(value) === null) {
    report(ctx, [end], `The ${END_NAMES[end]} must be a plain decimal number`, value);
  }
}

function checkRange(range: { field?: unknown; low?: unknown; high?: unknown }, ctx: Ctx) {
  const { field, low, high } = range;
  if (!isUncertainField(field)) {
    report(ctx, ['field'], field === undefined ? REQUIRED : UNKNOWN_UNCERTAIN_FIELD, field);
    checkPlainEnd('low', low, ctx);
    checkPlainEnd('high', high, ctx);
    return new RangeDraft(null, null, null);
  }
  const spec = uncertainFieldSpec(field);
  return new RangeDraft(field, checkEnd(spec, 'low', low, ctx), checkEnd(spec, 'high', high, ctx));
}

/** One element of `uncertainty.ranges`: an object of exactly field, low and high. */
export const rangeSchema = z
  .strictObject(
    // Anything here, checked in checkRange: what an end may be depends on the field. Optional,
    // so that checkRange reports a missing one as "Required" too.
    { field: z.unknown().optional(), low: z.unknown().optional(), high: z.unknown().optional() },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? UNKNOWN_FIELD
          : 'A range must be an object with field, low and high',
    },
  )
  .transform((range, ctx) => checkRange(range, ctx));

/** Whether the parse so far reported a problem at this path or above it (its section missing). */
function reportedAt(payload: z.core.ParsePayload, path: readonly string[]): boolean {
  return payload.issues.some((issue) => {
    // An unknown key beside a field says nothing about the field itself.
    if (issue.code === 'unrecognized_keys') return false;
    const at = issue.path ?? [];
    return at.length <= path.length && at.every((key, i) => String(key) === path[i]);
  });
}

/** The value at a path of the scenario being parsed, or undefined where it was reported. */
function validAt(payload: z.core.ParsePayload, path: readonly string[]): unknown {
  return reportedAt(payload, path) ? undefined : readPath(payload.value, path);
}

type Mode = DecimalString | null | undefined;

/** Why a range may not be put on its field: repeated, or the cap of a scenario without one. */
function fieldProblem(field: UncertainField, mode: Mode, seen: ReadonlySet<string>) {
  if (seen.has(field)) return `Only one range per field: ${field} has one already`;
  if (mode === null)
    return 'The scenario has no instance cap (maxInstances is null) to put a range on';
  return null;
}

function lowProblem(draft: RangeDraft, label: string, mode: Mode) {
  const { low } = draft;
  if (low === null || typeof mode !== 'string' || compareDecimal(low, mode) <= 0) return null;
  return `${label} (low end) must be at most ${mode}, the scenario's value`;
}

/** The first of the high end's problems: one reason per path reads clearer than several. */
function highProblem(draft: RangeDraft, label: string, mode: Mode, horizon: unknown) {
  const { field, low, high } = draft;
  if (high === null) return null;
  if (typeof mode === 'string' && compareDecimal(high, mode) < 0) {
    return `${label} (high end) must be at least ${mode}, the scenario's value`;
  }
  if (low !== null && compareDecimal(high, low) <= 0) {
    return `${label} (high end) must be above the low end`;
  }
  // Go-live must stay inside the horizon in every run, as in the scenario itself.
  if (field === 'investmentMonths' && typeof horizon === 'number' && Number(high) >= horizon) {
    return `${label} (high end) must be fewer than the horizon (${horizon})`;
  }
  return null;
}

/**
 * The checks of every range that need the rest of the scenario. Run even when other fields
 * failed (so every problem is listed at once); a check against a field is skipped where that
 * field itself is not valid.
 */
export function rangeChecks(payload: z.core.ParsePayload): void {
  const ranges = validAt(payload, ['uncertainty', 'ranges']);
  if (!Array.isArray(ranges)) return;
  const horizon = validAt(payload, ['horizonMonths']);
  const seen = new Set<string>();
  ranges.forEach((draft: unknown, index) => {
    // Not a draft: the range itself was reported (not an object); nothing more to say about it.
    if (!(draft instanceof RangeDraft) || draft.field === null) return;
    const { field, low, high } = draft;
    const mode = reportedAt(payload, field.split('.')) ? undefined : modeIn(payload.value, field);
    const label = uncertainFieldSpec(field).label;
    const path = ['uncertainty', 'ranges', index];
    const problems = [
      ['field', field, fieldProblem(field, mode, seen)],
      ['low', low, lowProblem(draft, label, mode)],
      ['high', high, highProblem(draft, label, mode, horizon)],
    ] as const;
    for (const [key, input, problem] of problems) {
      if (problem !== null) report(payload, [...path, key], problem, input);
    }
    seen.add(field);
  });
}

/** A draft of a scenario that passed every check: nothing in it is null any more. */
export function toRange(draft: RangeDraft): UncertainRange {
  const { field, low, high } = draft;
  // Unreachable: a null is only left where an issue was reported, and an issue stops the parse
  // before this runs.
  if (field === null || low === null || high === null) return z.NEVER;
  return { field, low, high };
}
