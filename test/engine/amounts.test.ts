import { describe, expect, it } from 'vitest';
import { escalate } from '../../src/engine/plan';
import { toScaled } from '../../src/engine/scaled';
import { NO_COSTS, run } from './builders';

/** Prices, costs and instances: spec sections 3 and 4, checked against hand-worked numbers. */
describe('yearly change', () => {
  it('rounds to cents every year and builds on the rounded value: 2,060 at +3.3333 % gives 2,128.67, then 2,199.62', () => {
    expect(escalate(206000n, '3.3333', 3)).toEqual([206000n, 212867n, 219962n]);
  });

  it('rounds half cents away from zero even when halving: 0.03 at −50 % gives 0.02, 0.01, 0.01', () => {
    expect(escalate(3n, '-50', 4)).toEqual([3n, 2n, 1n, 1n]);
  });

  it('raises the price at each anniversary of go-live, and costs at each anniversary of month 1', () => {
    const v = run({
      horizonMonths: 40,
      investmentMonths: 6,
      price: { yearlyChangePct: '10' },
      costs: { yearlyChangePct: '10' },
    });
    const priceOf = (m: number) => v.price[m - 1];
    // go-live is month 7: price years start in months 7, 19, 31; before go-live price[0] is shown
    expect([priceOf(1), priceOf(18), priceOf(19), priceOf(30), priceOf(31)]).toEqual([
      39000n,
      39000n,
      42900n,
      42900n,
      47190n,
    ]);
    // MSP fixed costs 2,060.00 (16 h × 110 + 300) change in months 13 and 25, whatever go-live is
    const unitMsp = (m: number): bigint => [7500n, 8250n, 9075n][Math.floor((m - 1) / 12)]!; // 0.5 h × 110 + 20
    const fixed = (m: number) => v.msp.cost[m - 1]! - v.billed[m - 1]! * unitMsp(m);
    expect([fixed(12), fixed(13), fixed(25)]).toEqual([206000n, 226600n, 249260n]);
  });
});

describe('init costs', () => {
  it('spreads init over the investment months: floor2(init / k) each, the rest in month k', () => {
    const v = run({
      horizonMonths: 5,
      investmentMonths: 3,
      msp: { ...NO_COSTS, initOther: '100' },
      isv: NO_COSTS,
    });
    expect(v.msp.cost.slice(0, 4)).toEqual([3333n, 3333n, 3334n, 0n]);
  });

  it('books all of it in month 1 when there is no investment phase', () => {
    const v = run({
      horizonMonths: 3,
      investmentMonths: 0,
      msp: { ...NO_COSTS, initHours: '1.5', hourlyRate: '0.03' }, // 0.045 → 0.05
      isv: NO_COSTS,
    });
    expect(v.msp.cost).toEqual([5n, 0n, 0n]);
  });
});

describe('instances', () => {
  it('starts at go-live, clamped to the cap', () => {
    const v = run({ horizonMonths: 10, growth: { startInstances: '500', maxInstances: 300 } });
    expect(v.instances.slice(5, 8)).toEqual([0n, 300_000_000n, 300_000_000n]);
  });

  it('grows logistically and rounds to millionths half away from zero', () => {
    // p = 2, new = 3, g = 4 %, c = 1 %, cap 300: 2 + 3 + 0.08·(1 − 2/300) − 0.02 = 5.059466…
    const v = run({ horizonMonths: 8 });
    expect(v.instances[7]).toBe(5_059_467n);
    expect(v.billed[7]).toBe(5n);
  });

  it('models at most 10,000,000 instances without a cap', () => {
    const v = run({
      horizonMonths: 8,
      investmentMonths: 0,
      growth: { startInstances: '9999999.5', growthPct: '100', churnPct: '0', maxInstances: null },
    });
    expect(v.instances.slice(0, 3)).toEqual([
      9_999_999_500_000n,
      10_000_000_000_000n,
      10_000_000_000_000n,
    ]);
  });

  it('bills whole instances only: 0.999999 instances earn nothing', () => {
    const v = run({
      horizonMonths: 3,
      investmentMonths: 0,
      growth: { startInstances: '0.999999', newPerMonth: '0', growthPct: '0', churnPct: '0' },
    });
    expect(v.billed).toEqual([0n, 0n, 0n]);
    expect(v.revenue).toEqual([0n, 0n, 0n]);
  });
});

describe('reading decimals', () => {
  it('reads decimal text exactly at the given scale', () => {
    expect(toScaled('87.35', 2)).toBe(8735n);
    expect(toScaled('-3', 4)).toBe(-30000n);
    expect(toScaled('0.000001', 6)).toBe(1n);
    expect(toScaled('87.350', 2)).toBe(8735n);
    expect(toScaled('-0.50', 2)).toBe(-50n);
    expect(toScaled('1000000000', 2)).toBe(100000000000n);
    expect(() => toScaled('0.001', 2)).toThrow(RangeError);
  });

  it('refuses text that is not a plain decimal (a bug: the schema lets none through)', () => {
    for (const text of [
      '',
      '-',
      '01',
      '-01',
      '1.',
      '.5',
      '1e5',
      '+1',
      '1.2.3',
      ' 1',
      '1,5',
      '0x1',
    ]) {
      expect(() => toScaled(text, 6), text).toThrow(RangeError);
    }
  });
});
