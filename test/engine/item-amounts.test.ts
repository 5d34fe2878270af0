import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnyScenario, partnerAmounts, simulate } from '../../src/engine/index';
import type { CostItem, Effort, PartnerInputV2 } from '../../src/engine/index';
import { hours, money } from './scenario-arbitrary';
import { v2Input } from './v2-builders';

/** Section 9's itemised sums and section 10.1's effort: exact sums, one round2 each. */

const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });

const item = (patch: Partial<CostItem>): CostItem => ({
  label: 'Item',
  hourlyRate: null,
  initHours: '0',
  initOther: '0',
  monthlyHours: '0',
  monthlyOther: '0',
  hoursPerInstance: '0',
  otherPerInstance: '0',
  ...patch,
});
const partner = (items: CostItem[], hourlyRate = '110'): PartnerInputV2 => ({
  label: 'P',
  hourlyRate,
  items,
});

/** The formula of sections 9 and 10.1 in decimal.js, in cents. */
function reference(p: PartnerInputV2, effort: Effort = {}): Record<keyof Effort, bigint> {
  const sum = (hoursKey: keyof CostItem, otherKey: keyof CostItem, e = '100') =>
    p.items.reduce((total, i) => {
      const rate = new D(i.hourlyRate ?? p.hourlyRate);
      const labour = new D(i[hoursKey] ?? '0').times(e).div(100).times(rate);
      return total.plus(labour).plus(i[otherKey] ?? '0');
    }, new D(0));
  const cents = (x: Decimal) => BigInt(x.times(100).toDecimalPlaces(0).toFixed(0));
  return {
    init: cents(sum('initHours', 'initOther', effort.init)),
    monthly: cents(sum('monthlyHours', 'monthlyOther', effort.monthly)),
    perInstance: cents(sum('hoursPerInstance', 'otherPerInstance', effort.perInstance)),
  };
}

describe('partnerAmounts', () => {
  it('rounds the exact sum once, not each item', () => {
    // 0.0001 h × 50 = 0.005 each: two items make one cent, not two
    const half = item({ hourlyRate: '50', initHours: '0.0001' });
    expect(partnerAmounts(partner([half, half])).init).toBe(1n);
    expect(partnerAmounts(partner([half])).init).toBe(1n);
  });

  it("uses an item's own rate, else the partner's", () => {
    const p = partner([
      item({ monthlyHours: '2' }),
      item({ monthlyHours: '1', hourlyRate: '165' }),
    ]);
    expect(partnerAmounts(p).fixed).toBe((2n * 110n + 165n) * 100n);
  });

  it('scales the hours of one category by its effort, never the other amounts', () => {
    const p = partner([item({ initHours: '10', initOther: '50', monthlyHours: '3' })], '100');
    expect(partnerAmounts(p, { init: '150' })).toEqual({
      init: (1500n + 50n) * 100n,
      fixed: 300n * 100n,
      unit: 0n,
    });
    expect(partnerAmounts(p, { init: '0' }).init).toBe(50n * 100n);
  });

  it('keeps effort exact: 1 h at 0.01 with 50 % is half a cent, rounded away from zero', () => {
    const p = partner([item({ hoursPerInstance: '1', hourlyRate: '0.01' })]);
    expect(partnerAmounts(p, { perInstance: '50' }).unit).toBe(1n);
    expect(partnerAmounts(p, { perInstance: '49.99' }).unit).toBe(0n);
  });

  it('matches the formula in exact decimals for any items and efforts', () => {
    const itemArb = fc.record({
      label: fc.constant('Item'),
      hourlyRate: fc.option(money(300), { nil: null }),
      initHours: hours(2000),
      initOther: money(100_000),
      monthlyHours: hours(100),
      monthlyOther: money(1000),
      hoursPerInstance: hours(2),
      otherPerInstance: money(20),
    });
    const effortArb = fc.integer({ min: 0, max: 100_000 }).map((v) => new D(v).div(100).toFixed());
    fc.assert(
      fc.property(
        fc.array(itemArb, { minLength: 1, maxLength: 40 }),
        money(300),
        fc.record({ init: effortArb, monthly: effortArb, perInstance: effortArb }),
        (items, rate, effort) => {
          const p = partner(items, rate);
          const amounts = partnerAmounts(p, effort);
          const expected = reference(p, effort);
          expect([amounts.init, amounts.fixed, amounts.unit]).toEqual([
            expected.init,
            expected.monthly,
            expected.perInstance,
          ]);
          // 100 % is the plan itself
          const planned = { init: '100', monthly: '100', perInstance: '100' };
          expect(partnerAmounts(p, planned)).toEqual(partnerAmounts(p));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('simulate with effort', () => {
  it('is the scenario with those hours scaled', () => {
    const base = parseAnyScenario(v2Input());
    // The default scenario: VSHN plans 200 initialisation hours, the ISV 24 hours a month.
    const doubled = structuredClone(base);
    doubled.msp.items[0] = { ...base.msp.items[0]!, initHours: '400' };
    doubled.isv.items[0] = { ...base.isv.items[0]!, monthlyHours: '12' };
    const effort = { msp: { init: '200' }, isv: { monthly: '50' } };
    expect(simulate(base, { effort })).toEqual(simulate(doubled));
    expect(simulate(base, { effort })).not.toEqual(simulate(base));
  });
});
