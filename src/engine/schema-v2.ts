import { z } from './zod';
import {
  costsSchema,
  currencySchema,
  goLiveInsideHorizon,
  goLiveIssue,
  growthSchema,
  horizonMonthsSchema,
  investmentMonthsSchema,
  nameSchema,
  partnerFieldSchemas,
  priceSchema,
  scenarioObjectError,
} from './schema';
import {
  REQUIRED,
  integerField,
  nullableDecimalField,
  sectionSchema,
  textField,
} from './schema-fields';
import { ITEM_FIELDS, UNCERTAINTY_FIELDS } from './scenario/fields';
import { rangeChecks, rangeSchema, toRange } from './schema-ranges';
import type { ScenarioV2 } from './types';

/**
 * The format-2 scenario schema (spec section 9): format 1's fields and kinds, partners made of
 * cost items, and the uncertainty of the risk analysis. Errors name zero-based array indices
 * (`msp.items.3.hourlyRate`, `uncertainty.ranges.0.high`).
 */

export const MAX_ITEMS = 40;

export const versionV2Schema = z.literal(2, {
  error: (issue) => (issue.input === undefined ? REQUIRED : 'Format version must be 2'),
});

const { label, hourlyRate, ...amountSchemas } = partnerFieldSchemas;

export const costItemSchema = sectionSchema('A cost item', {
  label: textField(ITEM_FIELDS.label),
  hourlyRate: nullableDecimalField(ITEM_FIELDS.hourlyRate, ITEM_FIELDS.hourlyRate.orNull),
  ...amountSchemas,
});

const ITEMS_MESSAGE = `A partner must have 1 to ${MAX_ITEMS} cost items`;

export const partnerV2Schema = sectionSchema('Partner', {
  label,
  hourlyRate,
  items: z
    .array(costItemSchema, {
      error: (issue) => (issue.input === undefined ? REQUIRED : ITEMS_MESSAGE),
    })
    .min(1, ITEMS_MESSAGE)
    .max(MAX_ITEMS, ITEMS_MESSAGE),
});

export const uncertaintySchema = sectionSchema('Uncertainty', {
  runs: integerField(UNCERTAINTY_FIELDS.runs),
  seed: integerField(UNCERTAINTY_FIELDS.seed),
  ranges: z.array(rangeSchema, {
    error: (issue) =>
      issue.input === undefined ? REQUIRED : 'Ranges must be a list of {field, low, high}',
  }),
});

const isObject = (payload: z.core.ParsePayload) =>
  typeof payload.value === 'object' && payload.value !== null;

export const scenarioV2Schema = z
  .strictObject(
    {
      version: versionV2Schema,
      name: nameSchema,
      currency: currencySchema,
      horizonMonths: horizonMonthsSchema,
      investmentMonths: investmentMonthsSchema,
      msp: partnerV2Schema,
      isv: partnerV2Schema,
      price: priceSchema,
      growth: growthSchema,
      costs: costsSchema,
      uncertainty: uncertaintySchema,
    },
    scenarioObjectError,
  )
  .refine(goLiveInsideHorizon, goLiveIssue)
  // After the month check, so a range on investmentMonths sees whether its mode is valid.
  .superRefine((_, payload) => rangeChecks(payload), { when: isObject })
  .transform((scenario) => ({
    ...scenario,
    uncertainty: { ...scenario.uncertainty, ranges: scenario.uncertainty.ranges.map(toRange) },
  }));

/** What a format-2 scenario file or link may hold before validation. */
export type ScenarioV2Input = z.input<typeof scenarioV2Schema>;

// Type-level contract: the schema's output is exactly the engine's ScenarioV2.
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const outputIsScenarioV2: Equals<z.output<typeof scenarioV2Schema>, ScenarioV2> = true;
void outputIsScenarioV2;
