/**
 * A stand-in for the engine's `simulate` in protocol tests: shaped like the real result, with
 * values that follow from the scenario (so a test can tell which scenario a result belongs to).
 */
import type { PartnerMonths, Scenario, SimulationResult } from '../../src/engine';

function column(months: number, value: (i: number) => number): Float64Array {
  return Float64Array.from({ length: months }, (_, i) => value(i));
}

function partner(months: number, costCents: number, shareCents: number): PartnerMonths {
  return {
    cost: column(months, () => costCents),
    share: column(months, () => shareCents),
    position: column(months, (i) => (i + 1) * (shareCents - costCents)),
    catchUp: column(months, () => 0),
    equalSplit: column(months, () => 0),
    proportional: column(months, () => 0),
  };
}

/** Revenue each month = the price in cents; the MSP gets 60 %, the ISV 40 %. */
export function fakeSimulate(scenario: Scenario): SimulationResult {
  const months = scenario.horizonMonths;
  const priceCents = Math.round(Number(scenario.price.perInstance) * 100);
  const mspShare = Math.round(priceCents * 0.6);
  return {
    horizonMonths: months,
    phase: Uint8Array.from({ length: months }, () => 5),
    instances: column(months, () => 1_000_000),
    billedInstances: column(months, () => 1),
    price: column(months, () => priceCents),
    revenue: column(months, () => priceCents),
    msp: partner(months, 1000, mspShare),
    isv: partner(months, 500, priceCents - mspShare),
    summary: {
      goLiveMonth: 1,
      breakEvenMonth: { msp: 1, isv: 1 },
      partnershipBreakEvenMonth: 1,
      maxExposure: { msp: '0.00', isv: '0.00' },
      totalRevenue: `${(priceCents * months) / 100}.00`,
      totals: {
        msp: { cost: '0.00', share: '0.00', position: '0.00' },
        isv: { cost: '0.00', share: '0.00', position: '0.00' },
      },
      phaseStartMonth: { 1: null, 2: null, 3: null, 4: null, 5: 1 },
      maxExposureMonth: { msp: null, isv: null },
      marginAfterPaybackPct: { msp: null, isv: null },
    },
  };
}

/** A scenario with a different price, for telling runs apart. */
export function withPrice(scenario: Scenario, perInstance: string): Scenario {
  return { ...scenario, price: { ...scenario.price, perInstance } };
}
