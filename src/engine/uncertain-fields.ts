import { fieldEntry } from './scenario/fields';
import type { RiskPath } from './scenario/fields';
import { readPath } from './scenario/path';
import type { DecimalString, PartnerKey, ScenarioV2 } from './types';

/**
 * The uncertain inputs of spec table 10.1, in index order. The index is part of the format: the
 * risk engine seeds each field's samples with it (section 10.2), so this order never changes and
 * new fields could only be appended. Bounds are inclusive, as exact decimal text.
 */

/** The three effort categories of a partner: the hours that an effort percentage scales. */
export type EffortCategory = 'init' | 'monthly' | 'perInstance';

export type UncertainKind = 'money' | 'percent' | 'count' | 'integer' | 'effort';

export interface UncertainFieldSpec {
  /** The field's name in `uncertainty.ranges[].field`: its dotted path, or a partner's effort. */
  readonly field: string;
  readonly kind: UncertainKind;
  readonly min: DecimalString;
  readonly max: DecimalString;
  /** Decimal places of a value (and of a sample, section 10.3). */
  readonly decimals: number;
  /** People's name for the field, for messages. */
  readonly label: string;
  /** For an effort field: whose hours it scales, and which of them. */
  readonly effort: { readonly partner: PartnerKey; readonly category: EffortCategory } | null;
}

const effort = (partner: PartnerKey, category: EffortCategory, label: string) =>
  ({
    field: `${partner}.${category}EffortPct`,
    kind: 'effort',
    min: '0',
    max: '1000',
    decimals: 2,
    label,
    effort: { partner, category },
  }) as const;

/** A scenario field the registry lets the risk analysis move: its kind, bounds and label from there. */
const plain = <F extends RiskPath>(field: F) => {
  const { kind, min, max, decimals, label } = fieldEntry(field);
  // The risk fields are money, counts, percentages or integers; hours are moved as efforts.
  return {
    field,
    kind: kind as Exclude<UncertainKind, 'effort'>,
    min,
    max,
    decimals,
    label,
    effort: null,
  } as const;
};

export const UNCERTAIN_FIELDS = [
  plain('price.perInstance'),
  plain('price.yearlyChangePct'),
  plain('growth.startInstances'),
  plain('growth.newPerMonth'),
  plain('growth.growthPct'),
  plain('growth.churnPct'),
  plain('growth.maxInstances'),
  plain('costs.yearlyChangePct'),
  plain('investmentMonths'),
  effort('msp', 'init', 'MSP initialisation effort'),
  effort('msp', 'monthly', 'MSP monthly effort'),
  effort('msp', 'perInstance', 'MSP per-instance effort'),
  effort('isv', 'init', 'ISV initialisation effort'),
  effort('isv', 'monthly', 'ISV monthly effort'),
  effort('isv', 'perInstance', 'ISV per-instance effort'),
] as const satisfies readonly UncertainFieldSpec[];

/** The name of an uncertain input of table 10.1. */
export type UncertainField = (typeof UNCERTAIN_FIELDS)[number]['field'];

/** The value an effort field's range is centred on: 100 % of the planned hours. */
export const EFFORT_MODE = '100';

const INDEX = new Map<string, number>(UNCERTAIN_FIELDS.map((spec, index) => [spec.field, index]));

/** The field's index of table 10.1 (its sampling stream), or -1 for a name that is none. */
export function uncertainFieldIndex(name: string): number {
  return INDEX.get(name) ?? -1;
}

export function isUncertainField(name: unknown): name is UncertainField {
  return typeof name === 'string' && INDEX.has(name);
}

export function uncertainFieldSpec(field: UncertainField): UncertainFieldSpec {
  // Every UncertainField is in the table, so the fallback is never taken.
  return UNCERTAIN_FIELDS[uncertainFieldIndex(field)] ?? UNCERTAIN_FIELDS[0];
}

/**
 * The mode of a field's range in a scenario-shaped value: its value there as decimal text, 100
 * for an effort field, null for a cap that is null, undefined where there is no such value.
 * Untyped, because the schema asks it about input still being validated.
 */
export function modeIn(root: unknown, field: UncertainField): DecimalString | null | undefined {
  if (uncertainFieldSpec(field).effort !== null) return EFFORT_MODE;
  const node = readPath(root, field);
  if (typeof node === 'string') return node;
  // The two integer fields (investmentMonths, growth.maxInstances) are numbers in a scenario.
  if (typeof node === 'number') return String(node);
  return node === null ? null : undefined;
}

/**
 * The mode of a field's range (section 9): the scenario's own value as decimal text, 100 for an
 * effort field, or null for the cap of a scenario without one (no range may be put on it).
 */
export function uncertainMode(scenario: ScenarioV2, field: UncertainField): DecimalString | null {
  return modeIn(scenario, field) ?? null;
}
