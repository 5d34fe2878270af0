import { FIELDS, fieldEntry } from '../../engine';
import type { FieldEntry, FieldPath, FormSection, Scenario, SliderRange } from '../../engine';
import { labelOf, unitOf } from './field-text';
import type { PartnerFormValues } from './form-values';

/**
 * How each number field is presented, from the field registry: its label (the accessible name,
 * in the active language), its unit, and the range of its slider. Bounds and decimals are the
 * engine schema's business; a slider only covers the range people usually explore (the number
 * field takes anything the schema allows).
 */
export type SliderSpec = SliderRange;

export interface NumberSpec {
  readonly entry: FieldEntry;
  readonly label: string;
  /** The unit shown beside the field; `cur` is the scenario's currency (not needed by every unit). */
  unit: (cur?: string) => string;
  readonly slider?: SliderSpec;
  /** Whole numbers only (months, the cap): a numeric keypad without a decimal point. */
  readonly whole?: boolean;
}

function specOf(entry: FieldEntry): NumberSpec {
  return {
    entry,
    // Read when rendered, so the label follows the active language.
    get label() {
      return labelOf(entry);
    },
    unit: (cur = '') => unitOf(entry, cur),
    ...(entry.form?.slider ? { slider: entry.form.slider } : {}),
    ...(entry.kind === 'integer' ? { whole: true } : {}),
  };
}

/** A spec of a field with a slider: every number field of the registry has one. */
type SliderNumberSpec = NumberSpec & { readonly slider: SliderSpec };

/** The specs of a group's number fields, by key ("price" → perInstance, yearlyChangePct). */
function specsOf<K extends string>(prefix: string): Record<K, SliderNumberSpec> {
  const numbers = FIELDS.filter((e) => e.path.startsWith(`${prefix}.`) && e.kind !== 'text');
  return Object.fromEntries(
    numbers.map((e) => [e.path.slice(prefix.length + 1), specOf(e)]),
  ) as Record<K, SliderNumberSpec>;
}

type PartnerNumberKey = Exclude<keyof PartnerFormValues, 'label'>;

export const PARTNER_NUMBER_SPECS = specsOf<PartnerNumberKey>('msp');
export const PARTNER_NUMBER_KEYS = Object.keys(PARTNER_NUMBER_SPECS) as PartnerNumberKey[];
export const PRICE_SPECS = specsOf<keyof Scenario['price']>('price');
export const GROWTH_SPECS = specsOf<keyof Scenario['growth']>('growth');
export const COSTS_SPECS = specsOf<keyof Scenario['costs']>('costs');
export const TIMELINE_SPECS = {
  investmentMonths: specOf(fieldEntry('investmentMonths')) as SliderNumberSpec,
  horizonMonths: specOf(fieldEntry('horizonMonths')) as SliderNumberSpec,
};

/** The number spec of any number field by path (partner fields by their own path). */
export function numberSpec(path: FieldPath): NumberSpec {
  return specOf(fieldEntry(path));
}

const isPartnerField = (entry: FieldEntry) => /^(msp|isv)\./.test(entry.path);

/**
 * A form section's own fields (the partners' fields are shown by PartnerFieldset, inside the
 * costs section), in registry order but for those the registry sorts first.
 */
export function sectionEntries(section: FormSection): FieldEntry[] {
  return FIELDS.filter((e) => e.form?.section === section && !isPartnerField(e))
    .map((entry, index) => ({ entry, rank: entry.form?.order ?? 0, index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ entry }) => entry);
}

/** Offered in the currency list; a scenario from a link may bring any other 3-letter code. */
export const COMMON_CURRENCIES = ['CHF', 'EUR', 'USD', 'GBP'];
