import { defaultScenario, upgradeScenario } from '../../../src/engine';
import type { ScenarioV2 } from '../../../src/engine';

/**
 * A format-2 scenario built by hand: VSHN with three cost items (one at its own rate, two at
 * VSHN's 110/h), the ISV with one. VSHN's per-instance amounts are chosen so that its items,
 * each rounded to the cent (31.00 + 50.00 + 0.06 = 81.06), do not add up to its subtotal, which
 * is rounded once (11 + 20 + 49.995 + 0.055 = 81.05).
 *
 * VSHN's year-0 amounts by hand: set-up 13'800 + 6'000 + 8'800 = 28'600.00; per month
 * 960 + 1'200 + 220 = 2'380.00; per instance 81.05.
 */
export function threeItemScenario(): ScenarioV2 {
  const d = structuredClone(defaultScenario);
  return {
    version: 2,
    name: 'Itemised pilot',
    currency: 'CHF',
    horizonMonths: d.horizonMonths,
    investmentMonths: d.investmentMonths,
    msp: {
      label: 'VSHN',
      hourlyRate: '110',
      items: [
        {
          label: 'Service ownership and billing',
          hourlyRate: null,
          initHours: '80',
          initOther: '5000',
          monthlyHours: '6',
          monthlyOther: '300',
          hoursPerInstance: '0.1',
          otherPerInstance: '20',
        },
        {
          label: '24/7 on-call',
          hourlyRate: '150',
          initHours: '40',
          initOther: '0',
          monthlyHours: '8',
          monthlyOther: '0',
          hoursPerInstance: '0.3333',
          otherPerInstance: '0',
        },
        {
          label: 'Instance operation',
          hourlyRate: null,
          initHours: '80',
          initOther: '0',
          monthlyHours: '2',
          monthlyOther: '0',
          hoursPerInstance: '0.0005',
          otherPerInstance: '0',
        },
      ],
    },
    // The ISV as today's default, upgraded: its one "All costs" item.
    isv: upgradeScenario(d).isv,
    price: { ...d.price },
    growth: { ...d.growth },
    costs: { ...d.costs },
    uncertainty: { runs: 1000, seed: 1, ranges: [] },
  };
}
