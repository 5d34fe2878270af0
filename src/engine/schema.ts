import { z } from './zod';
import {
  REQUIRED,
  decimalField,
  integerField,
  nullableIntegerField,
  sectionSchema,
  textField,
  wholeNumberProblem,
} from './schema-fields';
import { FIELDS, GROUPS, fieldEntry } from './scenario/fields';
import type { FieldEntry, FieldPath, PartnerFieldKey } from './scenario/fields';
import type { FieldProblem } from './scenario/issues';
import type { Scenario } from './types';

/**
 * The one scenario schema (spec section 1), shared by parseScenario, the input form (zod resolver)
 * and the link decoder (field by field). Input: what a file, form or link holds. Output: exactly
 * the engine's `Scenario` (canonical decimal strings), checked at the type level below.
 */

/**
 * People's names for the fields, by dotted path ("" is the whole scenario), from the registry.
 * Partner fields read the same for both partners.
 */
export const FIELD_LABELS: Readonly<Record<ScenarioPath, string>> = Object.fromEntries(
  [...GROUPS, ...FIELDS].map((entry) => [entry.path, entry.label]),
) as Record<ScenarioPath, string>;

export type ScenarioPath = FieldPath | (typeof GROUPS)[number]['path'];

/** The label of a dotted path, or the path itself for one the schema does not know (an unknown field). */
export function fieldLabel(path: string): string {
  return Object.hasOwn(FIELD_LABELS, path) ? FIELD_LABELS[path as ScenarioPath] : path;
}

/** The label of a group ("price": "Price"). */
function groupLabel(path: (typeof GROUPS)[number]['path']): string {
  return FIELD_LABELS[path];
}

export const HORIZON_MESSAGE = wholeNumberProblem(fieldEntry('horizonMonths')).message;
export const INVESTMENT_MESSAGE = wholeNumberProblem(fieldEntry('investmentMonths')).message;
export const INVESTMENT_BEFORE_HORIZON_MESSAGE = 'Investment months must be fewer than the horizon';

/** The schema of one leaf by its registry entry: its kind decides the builder. */
function leafSchema(entry: FieldEntry) {
  if (entry.kind === 'text') return textField(entry);
  if (entry.kind === 'integer') return integerField(entry);
  return decimalField(entry);
}

/** The schemas of a group's leaves, by key, typed by the caller. */
function groupSchemas(prefix: string): Record<string, z.ZodType> {
  const entries = FIELDS.filter((entry) => entry.path.startsWith(`${prefix}.`));
  return Object.fromEntries(
    entries.map((entry) => [entry.path.slice(prefix.length + 1), leafSchema(entry)]),
  );
}

type DecimalSchema = ReturnType<typeof decimalField>;
type TextSchema = ReturnType<typeof textField>;

// Field schemas, exported one by one so the form can validate a single field and the link
// decoder can keep every valid field and replace only the invalid ones. Those with a rule of
// their own (the version, the currency, the nullable cap) are written out; the rest come from
// the registry by kind.
export const versionSchema = z.literal(1, {
  error: (issue) => (issue.input === undefined ? REQUIRED : 'Format version must be 1'),
});
export const nameSchema = textField(fieldEntry('name'));
export const currencySchema = z
  .string({ error: (issue) => (issue.input === undefined ? REQUIRED : 'Currency must be text') })
  .regex(/^[A-Z]{3}$/, 'Currency must be 3 capital letters A-Z, like CHF');
export const horizonMonthsSchema = integerField(fieldEntry('horizonMonths'));
export const investmentMonthsSchema = integerField(fieldEntry('investmentMonths'));

export const partnerFieldSchemas = groupSchemas('msp') as { label: TextSchema } & Record<
  Exclude<PartnerFieldKey, 'label'>,
  DecimalSchema
>;
export const partnerSchema = sectionSchema('Partner', partnerFieldSchemas);

export const priceFieldSchemas = groupSchemas('price') as Record<
  keyof Scenario['price'],
  DecimalSchema
>;
export const priceSchema = sectionSchema(groupLabel('price'), priceFieldSchemas);

export const growthFieldSchemas = {
  ...(groupSchemas('growth') as Record<
    Exclude<keyof Scenario['growth'], 'maxInstances'>,
    DecimalSchema
  >),
  maxInstances: nullableIntegerField(fieldEntry('growth.maxInstances')),
};
export const growthSchema = sectionSchema(groupLabel('growth'), growthFieldSchemas);

export const costsFieldSchemas = groupSchemas('costs') as Record<
  keyof Scenario['costs'],
  DecimalSchema
>;
export const costsSchema = sectionSchema(groupLabel('costs'), costsFieldSchemas);

const scenarioShape = {
  version: versionSchema,
  name: nameSchema,
  currency: currencySchema,
  horizonMonths: horizonMonthsSchema,
  investmentMonths: investmentMonthsSchema,
  msp: partnerSchema,
  isv: partnerSchema,
  price: priceSchema,
  growth: growthSchema,
  costs: costsSchema,
};

/** True if the parse so far left both month fields valid, so comparing them means something. */
export function monthsAreValid(payload: {
  value: unknown;
  issues: readonly { path?: PropertyKey[] | undefined }[];
}) {
  const { value } = payload;
  if (typeof value !== 'object' || value === null) return false;
  const months = value as { horizonMonths?: unknown; investmentMonths?: unknown };
  const fieldFailed = payload.issues.some(
    (issue) => issue.path?.[0] === 'horizonMonths' || issue.path?.[0] === 'investmentMonths',
  );
  return (
    !fieldFailed &&
    typeof months.horizonMonths === 'number' &&
    typeof months.investmentMonths === 'number'
  );
}

/** The error of a scenario object: an unknown field, or not an object at all. Both formats. */
export const scenarioObjectError = {
  error: (issue: { code?: string }) => {
    if (issue.code === 'unrecognized_keys') return 'Unknown field';
    return 'The scenario must be a JSON object with the fields of a scenario';
  },
};

/** Go-live must fall inside the horizon (spec section 1): a refinement of both formats. */
export function goLiveInsideHorizon(scenario: { investmentMonths: number; horizonMonths: number }) {
  return scenario.investmentMonths < scenario.horizonMonths;
}
export const goLiveIssue = {
  path: ['investmentMonths'],
  message: INVESTMENT_BEFORE_HORIZON_MESSAGE,
  params: {
    message: INVESTMENT_BEFORE_HORIZON_MESSAGE,
    code: 'goLive',
    params: { labelKey: fieldEntry('investmentMonths').labelKey },
  } satisfies FieldProblem,
  // Checked even when other fields fail, so every problem is listed at once.
  when: monthsAreValid,
};

export const scenarioSchema = z
  .strictObject(scenarioShape, scenarioObjectError)
  // Reported on investmentMonths (spec section 1).
  .refine(goLiveInsideHorizon, goLiveIssue);

/** What a scenario file, form or link may hold before validation. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** Every leaf field's own schema, by dotted path: for validating one field at a time. */
export const scenarioFieldSchemas = {
  version: versionSchema,
  name: nameSchema,
  currency: currencySchema,
  horizonMonths: horizonMonthsSchema,
  investmentMonths: investmentMonthsSchema,
  ...prefixed('msp', partnerFieldSchemas),
  ...prefixed('isv', partnerFieldSchemas),
  ...prefixed('price', priceFieldSchemas),
  ...prefixed('growth', growthFieldSchemas),
  ...prefixed('costs', costsFieldSchemas),
};

export type ScenarioFieldPath = keyof typeof scenarioFieldSchemas;

function prefixed<P extends string, S extends Record<string, z.ZodType>>(prefix: P, schemas: S) {
  return Object.fromEntries(
    Object.entries(schemas).map(([key, schema]) => [`${prefix}.${key}`, schema]),
  ) as { [K in keyof S & string as `${P}.${K}`]: S[K] };
}

// Type-level contract: the schema's output is exactly the engine's Scenario, no more, no less.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputIsScenario: Equals<z.output<typeof scenarioSchema>, Scenario> = true;
void outputIsScenario;
