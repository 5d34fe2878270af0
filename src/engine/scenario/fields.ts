import type { PartnerKey } from '../types';

/**
 * The field registry: one entry per leaf of a format-1 scenario, in schema order. Everything that
 * names, bounds, checks, shows or moves a field reads it from here: the zod field schemas and
 * their messages, the analyses' field switches, the form, the report's inputs, the scenario
 * comparison. Labels and units are message keys for the UI's catalogue; the English label is
 * kept here too, because the engine's and the CLI's messages are English.
 *
 * Partner fields are written once (PARTNER_FIELDS) and hold for both partners; format 2's cost
 * items reuse the same entries under `msp.items.N.` (see `partnerFieldOf`).
 */

export type FieldKind = 'money' | 'hours' | 'count' | 'percent' | 'integer' | 'text';

/** The form's sections, in the order the form shows them. */
export const FORM_SECTIONS = ['pricing', 'timeline', 'growth', 'costs', 'scenario'] as const;
export type FormSection = (typeof FORM_SECTIONS)[number];

/** The report's groups of inputs ('partner': the table with a column per partner). */
export type ReportGroup = 'scenario' | 'price' | 'growth' | 'costs' | 'partner';

/** The unit beside a field, as a message key; `{cur}` in the message is the scenario's currency. */
export type UnitKey =
  | 'unit.currency'
  | 'unit.currencyPerHour'
  | 'unit.currencyPerMonth'
  | 'unit.hours'
  | 'unit.hoursPerMonth'
  | 'unit.percentPerYear'
  | 'unit.percentPerMonth'
  | 'unit.instances'
  | 'unit.perMonth'
  | 'unit.months';

export interface SliderRange {
  min: number;
  max: number;
  /** As text, so slider positions print exactly. */
  step: string;
}

/** How the form shows a field. `widget` names a field with a control of its own. */
export interface FormPlacement {
  section: FormSection;
  slider?: SliderRange;
  /** Sorts a field before (negative) the others of its section, which keep registry order. */
  order?: number;
  widget?: 'currency' | 'cap';
}

/** Which analyses may move the field: sensitivity, goal seek, the risk analysis. */
export interface AnalysisUse {
  sensitivity?: boolean;
  goalSeek?: boolean;
  risk?: boolean;
}

export interface FieldEntry {
  /** Dotted path in the scenario ("price.perInstance"). */
  readonly path: string;
  readonly kind: FieldKind;
  /** Inclusive bounds as exact text (for text: its length in code points). */
  readonly min: string;
  readonly max: string;
  /** Most decimal places (0 for integers and text). */
  readonly decimals: number;
  /** A valid value shown in "not a number" messages. */
  readonly example?: string;
  /** The value may also be null; the words say what null means. */
  readonly orNull?: string;
  /** A whole number counted in months: its message says so ("a whole number of months"). */
  readonly wholeMonths?: boolean;
  readonly labelKey: string;
  /** The English label, for the engine's and the CLI's messages. */
  readonly label: string;
  readonly unitKey?: UnitKey;
  readonly form?: FormPlacement;
  readonly analysis?: AnalysisUse;
  readonly report?: ReportGroup;
}

const MONEY = {
  kind: 'money',
  min: '0',
  max: '1000000000',
  decimals: 2,
  example: '87.35',
} as const;
const HOURS = { kind: 'hours', min: '0', max: '1000000', decimals: 4, example: '7.5' } as const;
const COUNT = { kind: 'count', min: '0', max: '10000000', decimals: 6, example: '12' } as const;
/** Yearly price and cost changes. */
const PERCENT_CHANGE = {
  kind: 'percent',
  min: '-50',
  max: '100',
  decimals: 4,
  example: '2.5',
} as const;
/** Monthly growth and churn rates. */
const PERCENT_RATE = {
  kind: 'percent',
  min: '0',
  max: '100',
  decimals: 4,
  example: '2.5',
} as const;

const slider = (min: number, max: number, step: string): SliderRange => ({ min, max, step });
const costs = (s: SliderRange) => ({ section: 'costs', slider: s }) as const;

/** A partner's fields, by key; the same for both partners (and, but the label, a cost item's). */
export const PARTNER_FIELDS = [
  { key: 'label', kind: 'text', min: '1', max: '40', decimals: 0, label: 'Partner name' },
  {
    key: 'hourlyRate',
    ...MONEY,
    label: 'Hourly labour cost',
    unitKey: 'unit.currencyPerHour',
    form: costs(slider(0, 300, '1')),
    analysis: { sensitivity: true },
  },
  {
    key: 'initHours',
    ...HOURS,
    label: 'Initialisation hours',
    unitKey: 'unit.hours',
    form: costs(slider(0, 3000, '10')),
    analysis: { sensitivity: true, goalSeek: true },
  },
  {
    key: 'initOther',
    ...MONEY,
    label: 'Other initialisation costs',
    unitKey: 'unit.currency',
    form: costs(slider(0, 200_000, '500')),
  },
  {
    key: 'monthlyHours',
    ...HOURS,
    label: 'Monthly hours',
    unitKey: 'unit.hoursPerMonth',
    form: costs(slider(0, 200, '1')),
    analysis: { sensitivity: true },
  },
  {
    key: 'monthlyOther',
    ...MONEY,
    label: 'Other monthly costs',
    unitKey: 'unit.currencyPerMonth',
    form: costs(slider(0, 20_000, '50')),
  },
  {
    key: 'hoursPerInstance',
    ...HOURS,
    label: 'Hours per instance per month',
    unitKey: 'unit.hoursPerMonth',
    form: costs(slider(0, 10, '0.05')),
    analysis: { sensitivity: true },
  },
  {
    key: 'otherPerInstance',
    ...MONEY,
    label: 'Other costs per instance per month',
    unitKey: 'unit.currencyPerMonth',
    form: costs(slider(0, 500, '1')),
  },
] as const;

export type PartnerFieldKey = (typeof PARTNER_FIELDS)[number]['key'];
type PartnerFieldDef = (typeof PARTNER_FIELDS)[number];

function partnerEntries<P extends PartnerKey>(partner: P) {
  return PARTNER_FIELDS.map(({ key, ...rest }) => ({
    ...rest,
    path: `${partner}.${key}` as `${P}.${typeof key}`,
    labelKey: `field.partner.${key}`,
    report: 'partner' as const,
  }));
}

type PartnerEntry<P extends PartnerKey> = Omit<PartnerFieldDef, 'key'> & {
  path: `${P}.${PartnerFieldKey}`;
  labelKey: string;
  report: 'partner';
};

const OWN_FIELDS = [
  {
    path: 'version',
    kind: 'integer',
    min: '1',
    max: '1',
    decimals: 0,
    labelKey: 'field.version',
    label: 'Format version',
  },
  {
    path: 'name',
    kind: 'text',
    min: '0',
    max: '80',
    decimals: 0,
    labelKey: 'field.name',
    label: 'Scenario name',
    form: { section: 'scenario' },
    report: 'scenario',
  },
  {
    path: 'currency',
    kind: 'text',
    min: '3',
    max: '3',
    decimals: 0,
    labelKey: 'field.currency',
    label: 'Currency',
    form: { section: 'scenario', widget: 'currency' },
    report: 'scenario',
  },
  {
    path: 'horizonMonths',
    kind: 'integer',
    min: '1',
    max: '6000',
    decimals: 0,
    wholeMonths: true,
    labelKey: 'field.horizonMonths',
    label: 'Horizon',
    unitKey: 'unit.months',
    form: { section: 'timeline', slider: slider(12, 360, '12') },
    report: 'scenario',
  },
  {
    path: 'investmentMonths',
    kind: 'integer',
    min: '0',
    max: '600',
    decimals: 0,
    labelKey: 'field.investmentMonths',
    label: 'Investment months',
    unitKey: 'unit.months',
    form: { section: 'timeline', slider: slider(0, 36, '1'), order: -1 },
    analysis: { risk: true },
    report: 'scenario',
  },
] as const;

const TAIL_FIELDS = [
  {
    path: 'price.perInstance',
    ...MONEY,
    labelKey: 'field.price.perInstance',
    label: 'Price per instance per month',
    unitKey: 'unit.currencyPerMonth',
    form: { section: 'pricing', slider: slider(0, 2000, '5') },
    analysis: { sensitivity: true, goalSeek: true, risk: true },
    report: 'price',
  },
  {
    path: 'price.yearlyChangePct',
    ...PERCENT_CHANGE,
    labelKey: 'field.price.yearlyChangePct',
    label: 'Yearly price change',
    unitKey: 'unit.percentPerYear',
    form: { section: 'pricing', slider: slider(-20, 20, '0.5') },
    analysis: { risk: true },
    report: 'price',
  },
  {
    path: 'growth.startInstances',
    ...COUNT,
    labelKey: 'field.growth.startInstances',
    label: 'Instances at go-live',
    unitKey: 'unit.instances',
    form: { section: 'growth', slider: slider(0, 200, '1') },
    analysis: { risk: true },
    report: 'growth',
  },
  {
    path: 'growth.newPerMonth',
    ...COUNT,
    labelKey: 'field.growth.newPerMonth',
    label: 'New instances per month',
    unitKey: 'unit.perMonth',
    form: { section: 'growth', slider: slider(0, 50, '0.5') },
    analysis: { sensitivity: true, goalSeek: true, risk: true },
    report: 'growth',
  },
  {
    path: 'growth.growthPct',
    ...PERCENT_RATE,
    labelKey: 'field.growth.growthPct',
    label: 'Monthly growth',
    unitKey: 'unit.percentPerMonth',
    form: { section: 'growth', slider: slider(0, 20, '0.1') },
    analysis: { sensitivity: true, risk: true },
    report: 'growth',
  },
  {
    path: 'growth.churnPct',
    ...PERCENT_RATE,
    labelKey: 'field.growth.churnPct',
    label: 'Monthly churn',
    unitKey: 'unit.percentPerMonth',
    form: { section: 'growth', slider: slider(0, 10, '0.1') },
    analysis: { sensitivity: true, risk: true },
    report: 'growth',
  },
  {
    path: 'growth.maxInstances',
    kind: 'integer',
    min: '1',
    max: '10000000',
    decimals: 0,
    orNull: 'or null for no cap',
    labelKey: 'field.growth.maxInstances',
    label: 'Instance cap',
    unitKey: 'unit.instances',
    form: { section: 'growth', slider: slider(10, 5000, '10'), widget: 'cap' },
    analysis: { risk: true },
    report: 'growth',
  },
  {
    path: 'costs.yearlyChangePct',
    ...PERCENT_CHANGE,
    labelKey: 'field.costs.yearlyChangePct',
    label: 'Yearly running-cost change',
    unitKey: 'unit.percentPerYear',
    form: { section: 'costs', slider: slider(-20, 20, '0.5') },
    analysis: { risk: true },
    report: 'costs',
  },
] as const;

type OwnEntry = (typeof OWN_FIELDS)[number] | (typeof TAIL_FIELDS)[number];

/** Every leaf of a format-1 scenario, in schema order. */
export const FIELDS: readonly FieldEntry[] = [
  ...OWN_FIELDS,
  ...partnerEntries('msp'),
  ...partnerEntries('isv'),
  ...TAIL_FIELDS,
];

/** The dotted path of a leaf of a format-1 scenario. */
export type FieldPath = OwnEntry['path'] | PartnerEntry<PartnerKey>['path'];

/** The fields some analysis may move, by the analysis. */
type Moved<A extends keyof AnalysisUse> =
  | Extract<OwnEntry, { analysis: { [K in A]: true } }>['path']
  | `${PartnerKey}.${Extract<PartnerFieldDef, { analysis: { [K in A]: true } }>['key']}`;
export type SensitivityPath = Moved<'sensitivity'>;
export type GoalSeekPath = Moved<'goalSeek'>;
export type RiskPath = Moved<'risk'>;

/** The non-leaf parts of a scenario ("" is the whole of it), for messages about a group. */
export const GROUPS = [
  { path: '', labelKey: 'section.scenario', label: 'Scenario' },
  { path: 'msp', labelKey: 'section.msp', label: 'MSP partner' },
  { path: 'isv', labelKey: 'section.isv', label: 'ISV partner' },
  { path: 'price', labelKey: 'section.price', label: 'Price' },
  { path: 'growth', labelKey: 'section.growth', label: 'Growth' },
  { path: 'costs', labelKey: 'section.costs', label: 'Running costs' },
] as const;

const FALLBACK: FieldEntry = OWN_FIELDS[0];
const BY_PATH = new Map<string, FieldEntry>(FIELDS.map((entry) => [entry.path, entry]));
const PARTNER_BY_KEY = new Map<string, FieldEntry>(
  partnerEntries('msp').map((entry) => [entry.path.slice('msp.'.length), entry]),
);

export function isFieldPath(path: string): path is FieldPath {
  return BY_PATH.has(path);
}

/** The registry entry of a leaf path. */
export function fieldEntry(path: FieldPath): FieldEntry {
  // Every FieldPath is in the registry, so the fallback is never taken.
  return BY_PATH.get(path) ?? FALLBACK;
}

/** The entry of a path if it names a leaf, else null. */
export function findField(path: string): FieldEntry | null {
  return BY_PATH.get(path) ?? null;
}

/** The shared entry of a partner field by key ("hourlyRate"), as msp's. */
export function partnerFieldOf(key: PartnerFieldKey): FieldEntry {
  return PARTNER_BY_KEY.get(key) ?? FALLBACK;
}

/** The fields some analysis may move, in registry order. */
export function fieldsMovedBy(analysis: keyof AnalysisUse): FieldEntry[] {
  return FIELDS.filter((entry) => entry.analysis?.[analysis] === true);
}

/** The partner keys of PARTNER_FIELDS, in order. */
export const PARTNER_FIELD_KEYS: readonly PartnerFieldKey[] = PARTNER_FIELDS.map((f) => f.key);

// Format 2 (spec section 9). A cost item has a partner's fields but its own name and an optional
// hourly rate; its paths are `msp.items.N.<key>`. The uncertainty's two numbers close the list.

/** A cost item's fields that differ from a partner's (the six amounts are PARTNER_FIELDS'). */
export const ITEM_FIELDS = {
  label: {
    path: 'items.label',
    kind: 'text',
    min: '1',
    max: '60',
    decimals: 0,
    labelKey: 'field.item.label',
    label: 'Item name',
  },
  hourlyRate: {
    path: 'items.hourlyRate',
    ...MONEY,
    orNull: "or null for the partner's",
    labelKey: 'field.item.hourlyRate',
    label: 'Hourly labour cost of the item',
    unitKey: 'unit.currencyPerHour',
  },
} as const satisfies Record<string, FieldEntry>;

/** The dotted path of a cost item's field ("msp.items.3.hourlyRate"). */
export function itemFieldPath(partner: PartnerKey, index: number, key: PartnerFieldKey): string {
  return `${partner}.items.${index}.${key}`;
}

export const UNCERTAINTY_FIELDS = {
  runs: {
    path: 'uncertainty.runs',
    kind: 'integer',
    min: '1',
    max: '10000',
    decimals: 0,
    labelKey: 'field.uncertainty.runs',
    label: 'Runs',
  },
  seed: {
    path: 'uncertainty.seed',
    kind: 'integer',
    min: '0',
    max: '4294967295',
    decimals: 0,
    labelKey: 'field.uncertainty.seed',
    label: 'Seed',
  },
} as const satisfies Record<string, FieldEntry>;
