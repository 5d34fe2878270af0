import fc from 'fast-check';
import { parseScenario } from '../../src/engine/index';
import type { PartnerInput, Scenario } from '../../src/engine/index';

/**
 * fast-check generators spanning spec section 1: every kind at its limits (0, the maximum, the
 * most decimals), ordinary values, caps and no caps, negative and positive escalation, zero costs,
 * huge money, horizons up to 6,000 months. Every generated scenario goes through the real
 * parseScenario, so the tests also prove the generators only make valid scenarios.
 */

/** Exact decimal text of scaled / 10^decimals, in canonical form ("12.5", "0", "-3"). */
export function scaledText(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const text = frac === '' ? whole : `${whole}.${frac}`;
  return negative ? `-${text}` : text;
}

/** A decimal in [min, max] with at most `decimals` places, biased to the bounds and small values. */
function decimal(
  min: number,
  max: number,
  decimals: number,
  typical: number,
): fc.Arbitrary<string> {
  const scale = 10n ** BigInt(decimals);
  const lo = BigInt(min) * scale;
  const hi = BigInt(max) * scale;
  const typicalHi = BigInt(Math.min(Math.round(typical), max)) * scale;
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constantFrom(lo, hi, 0n > lo ? 0n : lo) },
      { weight: 4, arbitrary: fc.bigInt(lo > 0n ? lo : 0n, typicalHi) },
      { weight: 2, arbitrary: fc.bigInt(lo, hi) },
      // whole values, the way people type them
      { weight: 2, arbitrary: fc.bigInt(lo / scale, typicalHi / scale).map((v) => v * scale) },
    )
    .map((v) => scaledText(v, decimals));
}

export const money = (typical = 1_000): fc.Arbitrary<string> =>
  decimal(0, 1_000_000_000, 2, typical);
export const hours = (typical = 100): fc.Arbitrary<string> => decimal(0, 1_000_000, 4, typical);
export const count = (typical = 100): fc.Arbitrary<string> => decimal(0, 10_000_000, 6, typical);
export const rate = (typical = 10): fc.Arbitrary<string> => decimal(0, 100, 4, typical);
export const yearlyChange = (): fc.Arbitrary<string> =>
  fc.oneof(decimal(-50, 100, 4, 5), decimal(-50, 0, 4, 0), fc.constant('0'));

export interface Magnitudes {
  /** Typical upper ends of money, hours and instance counts: the generator still reaches the limits. */
  money: number;
  hours: number;
  count: number;
  maxHorizon: number;
}

export const ORDINARY: Magnitudes = { money: 2_000, hours: 50, count: 50, maxHorizon: 6000 };
export const HUGE: Magnitudes = {
  money: 1_000_000_000,
  hours: 1_000_000,
  count: 10_000_000,
  maxHorizon: 600,
};

function partner(mag: Magnitudes): fc.Arbitrary<PartnerInput> {
  const zeroOr = (a: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 1, arbitrary: fc.constant('0') }, { weight: 3, arbitrary: a });
  return fc.record({
    label: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => [...s].length <= 40),
    hourlyRate: zeroOr(money(Math.min(mag.money, 300))),
    initHours: zeroOr(hours(mag.hours * 20)),
    initOther: zeroOr(money(mag.money * 10)),
    monthlyHours: zeroOr(hours(mag.hours)),
    monthlyOther: zeroOr(money(mag.money)),
    hoursPerInstance: zeroOr(hours(Math.max(1, mag.hours / 50))),
    otherPerInstance: zeroOr(money(Math.max(1, mag.money / 50))),
  });
}

function horizon(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: Math.min(max, 240) }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max }) },
    { weight: 1, arbitrary: fc.constantFrom(1, max) },
  );
}

export function scenarioArb(mag: Magnitudes = ORDINARY): fc.Arbitrary<Scenario> {
  return horizon(mag.maxHorizon)
    .chain((h) =>
      fc.record({
        horizonMonths: fc.constant(h),
        investmentMonths: fc.oneof(
          fc.integer({ min: 0, max: Math.min(600, h - 1, 24) }),
          fc.integer({ min: 0, max: Math.min(600, h - 1) }),
        ),
        partners: fc.oneof(
          { weight: 4, arbitrary: fc.tuple(partner(mag), partner(mag)) },
          // identical partners: equal losses, so phase 4 without phase 3
          { weight: 1, arbitrary: partner(mag).map((p) => [p, { ...p, label: 'ISV' }] as const) },
        ),
        price: fc.record({ perInstance: money(mag.money), yearlyChangePct: yearlyChange() }),
        growth: fc.record({
          startInstances: count(mag.count),
          newPerMonth: count(Math.max(1, mag.count / 10)),
          growthPct: rate(),
          churnPct: rate(),
          maxInstances: fc.oneof(
            fc.constant(null),
            fc.integer({ min: 1, max: Math.min(10_000_000, Math.max(1, mag.count * 20)) }),
            fc.integer({ min: 1, max: 10_000_000 }),
          ),
        }),
        costs: fc.record({ yearlyChangePct: yearlyChange() }),
      }),
    )
    .map(({ partners: [msp, isv], ...fields }) =>
      parseScenario({ version: 1, name: 'generated', currency: 'CHF', msp, isv, ...fields }),
    );
}

/** The same scenario with the partners' inputs exchanged (labels too). */
export function swapPartners(s: Scenario): Scenario {
  return { ...s, msp: s.isv, isv: s.msp };
}
