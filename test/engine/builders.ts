import { defaultScenario, parseScenario, simulate } from '../../src/engine/index';
import type { Scenario } from '../../src/engine/index';
import { view } from './result-view';
import type { ResultView } from './result-view';

/** Each group of a scenario may be patched field by field; values as a user would type them. */
export interface ScenarioPatch {
  horizonMonths?: number;
  investmentMonths?: number;
  msp?: Partial<Scenario['msp']>;
  isv?: Partial<Scenario['isv']>;
  price?: Partial<Scenario['price']>;
  growth?: Partial<Scenario['growth']>;
  costs?: Partial<Scenario['costs']>;
}

/** The default scenario (golden 01) with a few fields changed, validated by the real schema. */
export function scenario(patch: ScenarioPatch = {}): Scenario {
  const base = structuredClone(defaultScenario) as Scenario;
  return parseScenario({
    ...base,
    ...patch,
    msp: { ...base.msp, ...patch.msp },
    isv: { ...base.isv, ...patch.isv },
    price: { ...base.price, ...patch.price },
    growth: { ...base.growth, ...patch.growth },
    costs: { ...base.costs, ...patch.costs },
  });
}

/** A partner with no costs at all, to patch in and then give back one cost at a time. */
export const NO_COSTS = {
  hourlyRate: '0',
  initHours: '0',
  initOther: '0',
  monthlyHours: '0',
  monthlyOther: '0',
  hoursPerInstance: '0',
  otherPerInstance: '0',
} as const;

export function run(patch: ScenarioPatch = {}): ResultView {
  return view(simulate(scenario(patch)));
}

/** Month numbers (1-based) whose phase label is `phase`. */
export function monthsIn(v: ResultView, phase: number): number[] {
  return v.phase.flatMap((p, i) => (p === phase ? [i + 1] : []));
}
