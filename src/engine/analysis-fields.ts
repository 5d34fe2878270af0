import { canonicalDecimal } from './decimal-text';
import { scaledIntToString } from './columns';
import { COUNT, HOURS, MONEY, PERCENT_RATE } from './schema-fields';
import type { DecimalKind } from './schema-fields';
import { toScaled } from './scaled';
import type { PartnerInput, PartnerKey, Scenario } from './types';

/**
 * The inputs that sensitivity analysis and goal seek move, read and written as exact scaled
 * integers: a value of a kind with `places` decimals is held as value × 10^places (a BigInt), so
 * "one step" of a field is exactly 1 and every candidate value is valid at the field's precision.
 */

export type PartnerAnalysisKey = 'hourlyRate' | 'initHours' | 'monthlyHours' | 'hoursPerInstance';
export type AnalysisField =
  | 'price.perInstance'
  | 'growth.newPerMonth'
  | 'growth.growthPct'
  | 'growth.churnPct'
  | `${PartnerKey}.${PartnerAnalysisKey}`;

const PARTNER_KINDS: Record<PartnerAnalysisKey, DecimalKind> = {
  hourlyRate: MONEY,
  initHours: HOURS,
  monthlyHours: HOURS,
  hoursPerInstance: HOURS,
};

/** The schema's kind (bounds and decimal places) of an analysis field. */
export function fieldKind(field: AnalysisField): DecimalKind {
  switch (field) {
    case 'price.perInstance':
      return MONEY;
    case 'growth.newPerMonth':
      return COUNT;
    case 'growth.growthPct':
    case 'growth.churnPct':
      return PERCENT_RATE;
    default:
      return PARTNER_KINDS[partnerPart(field).key];
  }
}

function partnerPart(field: `${PartnerKey}.${PartnerAnalysisKey}`): {
  partner: PartnerKey;
  key: PartnerAnalysisKey;
} {
  const [partner, key] = field.split('.') as [PartnerKey, PartnerAnalysisKey];
  return { partner, key };
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
  switch (field) {
    case 'price.perInstance':
      return scenario.price.perInstance;
    case 'growth.newPerMonth':
      return scenario.growth.newPerMonth;
    case 'growth.growthPct':
      return scenario.growth.growthPct;
    case 'growth.churnPct':
      return scenario.growth.churnPct;
    default: {
      const { partner, key } = partnerPart(field);
      return scenario[partner][key];
    }
  }
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
  switch (field) {
    case 'price.perInstance':
      return { ...scenario, price: { ...scenario.price, perInstance: value } };
    case 'growth.newPerMonth':
      return { ...scenario, growth: { ...scenario.growth, newPerMonth: value } };
    case 'growth.growthPct':
      return { ...scenario, growth: { ...scenario.growth, growthPct: value } };
    case 'growth.churnPct':
      return { ...scenario, growth: { ...scenario.growth, churnPct: value } };
    default: {
      const { partner, key } = partnerPart(field);
      const changed: PartnerInput = { ...scenario[partner], [key]: value };
      return { ...scenario, [partner]: changed };
    }
  }
}

export function withSteps(scenario: Scenario, field: AnalysisField, steps: bigint): Scenario {
  return withField(scenario, field, stepsToDecimal(field, steps));
}
