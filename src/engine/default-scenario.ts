import type { Scenario } from './types';

/** A value and everything inside it read-only: what `Object.freeze` applied all the way down gives. */
export type DeepReadonly<T> = T extends object
  ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
  : T;

function deepFreeze<T extends object>(value: T): DeepReadonly<T> {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
  }
  return Object.freeze(value) as DeepReadonly<T>;
}

/**
 * The scenario the app opens with: golden vector 01 (ISV invests more, catches up in phase 3,
 * both break even together), in canonical form. Frozen, so no caller can change it for the
 * others: copy it (`structuredClone`, spreads) to derive a new scenario. A read-only value is
 * still accepted wherever a `Scenario` is expected.
 */
export const defaultScenario: DeepReadonly<Scenario> = deepFreeze<Scenario>({
  version: 1,
  name: 'Example managed service',
  currency: 'CHF',
  horizonMonths: 120,
  investmentMonths: 6,
  msp: {
    label: 'VSHN',
    hourlyRate: '110',
    initHours: '200',
    initOther: '5000',
    monthlyHours: '16',
    monthlyOther: '300',
    hoursPerInstance: '0.5',
    otherPerInstance: '20',
  },
  isv: {
    label: 'ISV',
    hourlyRate: '100',
    initHours: '600',
    initOther: '0',
    monthlyHours: '24',
    monthlyOther: '0',
    hoursPerInstance: '0.25',
    otherPerInstance: '0',
  },
  price: { perInstance: '390', yearlyChangePct: '0' },
  growth: {
    startInstances: '2',
    newPerMonth: '3',
    growthPct: '4',
    churnPct: '1',
    maxInstances: 300,
  },
  costs: { yearlyChangePct: '0' },
});
