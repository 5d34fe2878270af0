import type { Scenario, ScenarioInput } from '../../engine';

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
