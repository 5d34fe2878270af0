import type { Scenario, ScenarioInput } from '../../engine';
import { PARTNER_NUMBER_KEYS } from './field-specs';
import { readNumberEntry } from './number-entry';

/**
 * What the form holds: every number as the exact text in its field (never parsed to a float),
 * the cap as text or null (no cap). The engine's schema turns it into a Scenario.
 */
export interface PartnerFormValues {
  label: string;
  hourlyRate: string;
  initHours: string;
  initOther: string;
  monthlyHours: string;
  monthlyOther: string;
  hoursPerInstance: string;
  otherPerInstance: string;
}

export interface ScenarioFormValues {
  version: 1;
  name: string;
  currency: string;
  horizonMonths: string;
  investmentMonths: string;
  msp: PartnerFormValues;
  isv: PartnerFormValues;
  price: { perInstance: string; yearlyChangePct: string };
  growth: {
    startInstances: string;
    newPerMonth: string;
    growthPct: string;
    churnPct: string;
    maxInstances: string | null;
  };
  costs: { yearlyChangePct: string };
}

// The form's values are one of the inputs the schema accepts (checked here, at compile time).
const formValuesAreScenarioInput = (v: ScenarioFormValues): ScenarioInput => v;
void formValuesAreScenarioInput;

/**
 * The form's values with every number field read as people type them (grouping and spaces
 * removed, see number-entry.ts), plus a message for each field whose text stays ambiguous.
 * Such a field keeps its text, so the schema rejects it too and the store keeps the last valid
 * scenario.
 */
export function readFormNumbers(values: ScenarioFormValues): {
  values: ScenarioFormValues;
  problems: Map<string, string>;
} {
  const problems = new Map<string, string>();
  const read = (path: string, text: string): string => {
    const entry = readNumberEntry(text);
    if (entry.ok) return entry.text;
    problems.set(path, entry.message);
    return text;
  };
  const partner = (key: 'msp' | 'isv'): PartnerFormValues => {
    const p = { ...values[key] };
    for (const k of PARTNER_NUMBER_KEYS) p[k] = read(`${key}.${k}`, p[k]);
    return p;
  };
  const cap = values.growth.maxInstances;
  return {
    problems,
    values: {
      ...values,
      horizonMonths: read('horizonMonths', values.horizonMonths),
      investmentMonths: read('investmentMonths', values.investmentMonths),
      msp: partner('msp'),
      isv: partner('isv'),
      price: {
        perInstance: read('price.perInstance', values.price.perInstance),
        yearlyChangePct: read('price.yearlyChangePct', values.price.yearlyChangePct),
      },
      growth: {
        startInstances: read('growth.startInstances', values.growth.startInstances),
        newPerMonth: read('growth.newPerMonth', values.growth.newPerMonth),
        growthPct: read('growth.growthPct', values.growth.growthPct),
        churnPct: read('growth.churnPct', values.growth.churnPct),
        maxInstances: cap === null ? null : read('growth.maxInstances', cap),
      },
      costs: { yearlyChangePct: read('costs.yearlyChangePct', values.costs.yearlyChangePct) },
    },
  };
}

export function toFormValues(s: Scenario): ScenarioFormValues {
  return {
    version: 1,
    name: s.name,
    currency: s.currency,
    horizonMonths: String(s.horizonMonths),
    investmentMonths: String(s.investmentMonths),
    msp: { ...s.msp },
    isv: { ...s.isv },
    price: { ...s.price },
    growth: {
      ...s.growth,
      maxInstances: s.growth.maxInstances === null ? null : String(s.growth.maxInstances),
    },
    costs: { ...s.costs },
  };
}
