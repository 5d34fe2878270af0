import { canonicalDecimal } from './decimal-text';
import { scaledIntToString } from './columns';
import { decimalKindOf } from './schema-fields';
import type { DecimalKind } from './schema-fields';
import { fieldEntry } from './scenario/fields';
import type { SensitivityPath } from './scenario/fields';
import { readPath, writePath } from './scenario/path';
import { toScaled } from './scaled';
import type { Scenario } from './types';

/**
 * The inputs that sensitivity analysis and goal seek move (those the registry lets them move),
 * read and written as exact scaled integers: a value of a kind with `places` decimals is held as
 * value × 10^places (a BigInt), so "one step" of a field is exactly 1 and every candidate value
 * is valid at the field's precision.
 */

export type AnalysisField = SensitivityPath;

/** The schema's kind (bounds and decimal places) of an analysis field. */
export function fieldKind(field: AnalysisField): DecimalKind {
  return decimalKindOf(fieldEntry(field));
}

/** The field's inclusive bounds in steps (scaled integers). */
export function fieldBounds(field: AnalysisField): { min: bigint; max: bigint; places: number } {
  const kind = fieldKind(field);
  return {
    min: toScaled(kind.min, kind.places),
    max: toScaled(kind.max, kind.places),
    places: kind.places,
  };
}

/** The field's current value as text (canonical decimal). */
export function readField(scenario: Scenario, field: AnalysisField): string {
  // Every analysis field is a decimal field, held as text.
  return String(readPath(scenario, field));
}

/** The field's current value in steps. */
export function readScaled(scenario: Scenario, field: AnalysisField): bigint {
  return toScaled(readField(scenario, field), fieldKind(field).places);
}

/** A value in steps as the canonical decimal text the scenario holds ("87.35", "12"). */
export function stepsToDecimal(field: AnalysisField, steps: bigint): string {
  return canonicalDecimal(scaledIntToString(steps, fieldKind(field).places));
}

/**
 * A copy of the scenario with one field set. The value must lie within the field's bounds (the
 * callers clamp), so the copy is as valid as the original: no other rule involves these fields.
 */
export function withField(scenario: Scenario, field: AnalysisField, value: string): Scenario {
  return writePath(scenario, field, value) as Scenario;
}

export function withSteps(scenario: Scenario, field: AnalysisField, steps: bigint): Scenario {
  return withField(scenario, field, stepsToDecimal(field, steps));
}
