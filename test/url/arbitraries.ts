import fc from 'fast-check';
import { defaultScenario } from '../../src/engine';
import type { PartnerInput, Scenario } from '../../src/engine';

/**
 * fast-check arbitraries for valid scenarios (spec section 1), in the engine's canonical form, so
 * `parseScenario(s)` equals `s`. Each field is now and then exactly its default, so the link
 * encoder's "leave out what equals the defaults" path is exercised as much as the other.
 */

/** Canonical decimal text of an integer scaled down by 10^places: 12340n, 2 → "123.4". */
function scaledText(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places).replace(/0+$/, '');
  const text = frac === '' ? whole : `${whole}.${frac}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/** A canonical decimal in [min, max] (whole-number bounds) with at most `places` decimals. */
export function decimalIn(min: number, max: number, places: number): fc.Arbitrary<string> {
  const scale = 10n ** BigInt(places);
  const scaled = fc.bigInt(BigInt(min) * scale, BigInt(max) * scale);
  // Small values are what people type; the full range finds the edges.
  const small = fc.bigInt(BigInt(Math.max(min, 0)) * scale, BigInt(Math.min(max, 1000)) * scale);
  return fc.oneof(small, scaled).map((v) => scaledText(v, places));
}

const money = decimalIn(0, 1_000_000_000, 2);
const hours = decimalIn(0, 1_000_000, 4);
const count = decimalIn(0, 10_000_000, 6);
const percentChange = decimalIn(-50, 100, 4);
const percentRate = decimalIn(0, 100, 4);

/** Text of min…max Unicode code points (any plane, markup included). */
export function text(minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', minLength, maxLength }),
    fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '__proto__'),
  );
}

/** The default value half of the time at most: `orDefault(arb, d)`. */
function orDefault<T>(arb: fc.Arbitrary<T>, fallback: T): fc.Arbitrary<T> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(fallback) }, { weight: 2, arbitrary: arb });
}

function partner(defaults: Readonly<PartnerInput>): fc.Arbitrary<PartnerInput> {
  return fc.record({
    label: orDefault(
      text(1, 40).filter((s) => [...s].length >= 1),
      defaults.label,
    ),
    hourlyRate: orDefault(money, defaults.hourlyRate),
    initHours: orDefault(hours, defaults.initHours),
    initOther: orDefault(money, defaults.initOther),
    monthlyHours: orDefault(hours, defaults.monthlyHours),
    monthlyOther: orDefault(money, defaults.monthlyOther),
    hoursPerInstance: orDefault(hours, defaults.hoursPerInstance),
    otherPerInstance: orDefault(money, defaults.otherPerInstance),
  });
}

const months = fc.integer({ min: 1, max: 6000 }).chain((horizonMonths) =>
  fc.record({
    horizonMonths: fc.constant(horizonMonths),
    investmentMonths: fc.integer({ min: 0, max: Math.min(600, horizonMonths - 1) }),
  }),
);

const d = defaultScenario;

/** Any valid scenario, canonical. */
export const validScenario: fc.Arbitrary<Scenario> = fc
  .record({
    name: orDefault(text(0, 80), d.name),
    currency: orDefault(fc.stringMatching(/^[A-Z]{3}$/), d.currency),
    months: orDefault(months, {
      horizonMonths: d.horizonMonths,
      investmentMonths: d.investmentMonths,
    }),
    msp: partner(d.msp),
    isv: partner(d.isv),
    price: fc.record({
      perInstance: orDefault(money, d.price.perInstance),
      yearlyChangePct: orDefault(percentChange, d.price.yearlyChangePct),
    }),
    growth: fc.record({
      startInstances: orDefault(count, d.growth.startInstances),
      newPerMonth: orDefault(count, d.growth.newPerMonth),
      growthPct: orDefault(percentRate, d.growth.growthPct),
      churnPct: orDefault(percentRate, d.growth.churnPct),
      maxInstances: orDefault(
        fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: null }),
        d.growth.maxInstances,
      ),
    }),
    costs: fc.record({ yearlyChangePct: orDefault(percentChange, d.costs.yearlyChangePct) }),
  })
  .map(({ months: m, ...rest }): Scenario => ({
    version: 1,
    name: rest.name,
    currency: rest.currency,
    horizonMonths: m.horizonMonths,
    investmentMonths: m.investmentMonths,
    msp: rest.msp,
    isv: rest.isv,
    price: rest.price,
    growth: rest.growth,
    costs: rest.costs,
  }));

/**
 * Scenario-shaped objects where any field may be missing, junk or hostile: what a tampered link
 * or a hand-edited file holds. For fuzzing the gate.
 */
export const scenarioShapedJunk: fc.Arbitrary<unknown> = validScenario.chain((s) => {
  const junk = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom('NaN', 'Infinity', '1e-7', ' 5', '+1', '.5', '007', -1, 1e21, true, null, {}),
  );
  const maybe = (value: unknown) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(value) },
      { weight: 1, arbitrary: junk },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  const section = (obj: object) =>
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, maybe(v)])),
        ),
      },
      { weight: 1, arbitrary: junk },
    );
  return fc.record({
    version: fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: junk }),
    name: maybe(s.name),
    currency: maybe(s.currency),
    horizonMonths: maybe(s.horizonMonths),
    investmentMonths: maybe(s.investmentMonths),
    msp: section(s.msp),
    isv: section(s.isv),
    price: section(s.price),
    growth: section(s.growth),
    costs: section(s.costs),
    extra: maybe(undefined),
  });
});
