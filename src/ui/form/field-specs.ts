import type { PartnerFormValues } from './form-values';

/**
 * How each number field is presented: its label (the accessible name), its unit, and the range of
 * its slider. Bounds and decimals are the engine schema's business; a slider only covers the
 * range people usually explore (the number field takes anything the schema allows).
 */
export interface SliderSpec {
  min: number;
  max: number;
  /** As text, so slider positions print exactly (see slider-text.ts). */
  step: string;
}

export interface NumberSpec {
  label: string;
  /** The unit shown beside the field; `cur` is the scenario's currency. */
  unit: (cur: string) => string;
  slider?: SliderSpec;
  /** Whole numbers only (months, the cap): a numeric keypad without a decimal point. */
  whole?: boolean;
}

type PartnerNumberKey = Exclude<keyof PartnerFormValues, 'label'>;

export const PARTNER_NUMBER_SPECS: Record<PartnerNumberKey, NumberSpec> = {
  hourlyRate: {
    label: 'Hourly labour cost',
    unit: (cur) => `${cur}/h`,
    slider: { min: 0, max: 300, step: '1' },
  },
  initHours: {
    label: 'Initialisation hours',
    unit: () => 'h',
    slider: { min: 0, max: 3000, step: '10' },
  },
  initOther: {
    label: 'Other initialisation costs',
    unit: (cur) => cur,
    slider: { min: 0, max: 200_000, step: '500' },
  },
  monthlyHours: {
    label: 'Monthly hours',
    unit: () => 'h/month',
    slider: { min: 0, max: 200, step: '1' },
  },
  monthlyOther: {
    label: 'Other monthly costs',
    unit: (cur) => `${cur}/month`,
    slider: { min: 0, max: 20_000, step: '50' },
  },
  hoursPerInstance: {
    label: 'Hours per instance',
    unit: () => 'h/month',
    slider: { min: 0, max: 10, step: '0.05' },
  },
  otherPerInstance: {
    label: 'Other costs per instance',
    unit: (cur) => `${cur}/month`,
    slider: { min: 0, max: 500, step: '1' },
  },
};

export const PARTNER_NUMBER_KEYS = Object.keys(PARTNER_NUMBER_SPECS) as PartnerNumberKey[];

export const PRICE_SPECS = {
  perInstance: {
    label: 'Price per instance',
    unit: (cur) => `${cur}/month`,
    slider: { min: 0, max: 2000, step: '5' },
  },
  yearlyChangePct: {
    label: 'Yearly price change',
    unit: () => '%/year',
    slider: { min: -20, max: 20, step: '0.5' },
  },
} satisfies Record<string, NumberSpec>;

export const GROWTH_SPECS = {
  startInstances: {
    label: 'Instances at go-live',
    unit: () => 'instances',
    slider: { min: 0, max: 200, step: '1' },
  },
  newPerMonth: {
    label: 'New instances per month',
    unit: () => 'per month',
    slider: { min: 0, max: 50, step: '0.5' },
  },
  growthPct: {
    label: 'Monthly growth',
    unit: () => '%/month',
    slider: { min: 0, max: 20, step: '0.1' },
  },
  churnPct: {
    label: 'Monthly churn',
    unit: () => '%/month',
    slider: { min: 0, max: 10, step: '0.1' },
  },
  maxInstances: {
    label: 'Instance cap',
    unit: () => 'instances',
    slider: { min: 10, max: 5000, step: '10' },
    whole: true,
  },
} satisfies Record<string, NumberSpec>;

export const TIMELINE_SPECS = {
  investmentMonths: {
    label: 'Investment months',
    unit: () => 'months',
    slider: { min: 0, max: 36, step: '1' },
    whole: true,
  },
  // The unit is part of this label ("Horizon (months)"), so the field shows no separate unit.
  horizonMonths: {
    label: 'Horizon (months)',
    unit: () => '',
    slider: { min: 12, max: 360, step: '12' },
    whole: true,
  },
} satisfies Record<string, NumberSpec>;

export const COSTS_SPECS = {
  yearlyChangePct: {
    label: 'Yearly cost change',
    unit: () => '%/year',
    slider: { min: -20, max: 20, step: '0.5' },
  },
} satisfies Record<string, NumberSpec>;

/** Offered in the currency list; a scenario from a link may bring any other 3-letter code. */
export const COMMON_CURRENCIES = ['CHF', 'EUR', 'USD', 'GBP'];
