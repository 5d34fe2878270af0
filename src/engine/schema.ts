import { z } from './zod';
import {
  COUNT,
  HOURS,
  MONEY,
  PERCENT_CHANGE,
  PERCENT_RATE,
  REQUIRED,
  decimalField,
  integerField,
  nullableIntegerField,
  sectionSchema,
  textField,
} from './schema-fields';
import type { Scenario } from './types';

/**
 * The one scenario schema (spec section 1), shared by parseScenario, the input form (zod resolver)
 * and the link decoder (field by field). Input: what a file, form or link holds. Output: exactly
 * the engine's `Scenario` (canonical decimal strings), checked at the type level below.
 */

/** People's names for the fields, by dotted path ("" is the whole scenario). Partner fields read the same for both partners. */
export const FIELD_LABELS = {
  '': 'Scenario',
  version: 'Format version',
  name: 'Scenario name',
  currency: 'Currency',
  horizonMonths: 'Horizon',
  investmentMonths: 'Investment months',
  msp: 'MSP partner',
  isv: 'ISV partner',
  'msp.label': 'Partner name',
  'msp.hourlyRate': 'Hourly labour cost',
  'msp.initHours': 'Initialisation hours',
  'msp.initOther': 'Other initialisation costs',
  'msp.monthlyHours': 'Monthly hours',
  'msp.monthlyOther': 'Other monthly costs',
  'msp.hoursPerInstance': 'Hours per instance per month',
  'msp.otherPerInstance': 'Other costs per instance per month',
  'isv.label': 'Partner name',
  'isv.hourlyRate': 'Hourly labour cost',
  'isv.initHours': 'Initialisation hours',
  'isv.initOther': 'Other initialisation costs',
  'isv.monthlyHours': 'Monthly hours',
  'isv.monthlyOther': 'Other monthly costs',
  'isv.hoursPerInstance': 'Hours per instance per month',
  'isv.otherPerInstance': 'Other costs per instance per month',
  price: 'Price',
  'price.perInstance': 'Price per instance per month',
  'price.yearlyChangePct': 'Yearly price change',
  growth: 'Growth',
  'growth.startInstances': 'Instances at go-live',
  'growth.newPerMonth': 'New instances per month',
  'growth.growthPct': 'Monthly growth',
  'growth.churnPct': 'Monthly churn',
  'growth.maxInstances': 'Instance cap',
  costs: 'Running costs',
  'costs.yearlyChangePct': 'Yearly running-cost change',
} as const;

export type ScenarioPath = keyof typeof FIELD_LABELS;

/** The label of a dotted path, or the path itself for one the schema does not know (an unknown field). */
export function fieldLabel(path: string): string {
  return Object.hasOwn(FIELD_LABELS, path) ? FIELD_LABELS[path as ScenarioPath] : path;
}

const L = FIELD_LABELS;

export const HORIZON_MESSAGE = 'Horizon must be a whole number of months from 1 to 6,000';
export const INVESTMENT_MESSAGE = 'Investment months must be a whole number from 0 to 600';
export const INVESTMENT_BEFORE_HORIZON_MESSAGE = 'Investment months must be fewer than the horizon';

// Field schemas, exported one by one so the form can validate a single field and the link
// decoder can keep every valid field and replace only the invalid ones.
export const versionSchema = z.literal(1, {
  error: (issue) => (issue.input === undefined ? REQUIRED : 'Format version must be 1'),
});
export const nameSchema = textField('Scenario name must be text of at most 80 characters', 0, 80);
export const currencySchema = z
  .string({ error: (issue) => (issue.input === undefined ? REQUIRED : 'Currency must be text') })
  .regex(/^[A-Z]{3}$/, 'Currency must be 3 capital letters A-Z, like CHF');
export const horizonMonthsSchema = integerField(HORIZON_MESSAGE, 1, 6000);
export const investmentMonthsSchema = integerField(INVESTMENT_MESSAGE, 0, 600);

export const partnerFieldSchemas = {
  label: textField('Partner name must be text of 1 to 40 characters', 1, 40),
  hourlyRate: decimalField(L['msp.hourlyRate'], MONEY),
  initHours: decimalField(L['msp.initHours'], HOURS),
  initOther: decimalField(L['msp.initOther'], MONEY),
  monthlyHours: decimalField(L['msp.monthlyHours'], HOURS),
  monthlyOther: decimalField(L['msp.monthlyOther'], MONEY),
  hoursPerInstance: decimalField(L['msp.hoursPerInstance'], HOURS),
  otherPerInstance: decimalField(L['msp.otherPerInstance'], MONEY),
};
export const partnerSchema = sectionSchema('Partner', partnerFieldSchemas);

export const priceFieldSchemas = {
  perInstance: decimalField(L['price.perInstance'], MONEY),
  yearlyChangePct: decimalField(L['price.yearlyChangePct'], PERCENT_CHANGE),
};
export const priceSchema = sectionSchema(L.price, priceFieldSchemas);

export const growthFieldSchemas = {
  startInstances: decimalField(L['growth.startInstances'], COUNT),
  newPerMonth: decimalField(L['growth.newPerMonth'], COUNT),
  growthPct: decimalField(L['growth.growthPct'], PERCENT_RATE),
  churnPct: decimalField(L['growth.churnPct'], PERCENT_RATE),
  maxInstances: nullableIntegerField(
    'Instance cap must be a whole number from 1 to 10,000,000, or null for no cap',
    1,
    10_000_000,
  ),
};
export const growthSchema = sectionSchema(L.growth, growthFieldSchemas);

export const costsFieldSchemas = {
  yearlyChangePct: decimalField(L['costs.yearlyChangePct'], PERCENT_CHANGE),
};
export const costsSchema = sectionSchema(L.costs, costsFieldSchemas);

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
