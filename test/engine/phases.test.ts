import { describe, expect, it } from 'vitest';
import { allocateBig } from '../../src/engine/rounding';
import { monthsIn, NO_COSTS, run, scenario } from './builders';
import { abs, maxBig } from './result-view';

/** The five phases of spec section 5, told with the default scenario and a few small ones. */
describe('the five phases', () => {
  const v = run(); // the default scenario: the ISV invests more and catches up in phase 3

  it('runs through all five phases in order in the default scenario', () => {
    const order = v.phase.filter((p, i) => p !== v.phase[i - 1]);
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('gives nobody anything during the investment months, while the init costs run', () => {
    for (const m of monthsIn(v, 1)) {
      expect([v.msp.share[m - 1], v.isv.share[m - 1], v.revenue[m - 1]]).toEqual([0n, 0n, 0n]);
    }
    // init 200 h × 110 + 5,000 = 27,000 over 6 months, plus 16 h × 110 + 300 fixed
    expect(v.msp.cost[0]).toBe(656000n);
    expect(v.isv.cost[0]).toBe(1240000n);
  });

  it('splits revenue in proportion to costs while revenue is below costs (phase 2)', () => {
    const months = monthsIn(v, 2);
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) {
      const i = m - 1;
      expect(v.revenue[i]! < v.msp.cost[i]! + v.isv.cost[i]!).toBe(true);
      expect(v.msp.share[i]).toBe(allocateBig(v.revenue[i]!, v.msp.cost[i]!, v.isv.cost[i]!));
    }
  });

  it('gives all profit to the partner with the larger loss until losses are equal (phase 3)', () => {
    const months = monthsIn(v, 3);
    let wholeProfitMonths = 0;
    for (const m of months) {
      const i = m - 1;
      const [la, lb] = [-v.msp.position[i - 1]!, -v.isv.position[i - 1]!];
      const profit = v.revenue[i]! - v.msp.cost[i]! - v.isv.cost[i]!;
      if (profit > abs(la - lb)) continue;
      wholeProfitMonths++;
      expect(lb > la).toBe(true); // the ISV invested more
      expect(v.isv.share[i]).toBe(v.isv.cost[i]! + profit);
      expect(v.msp.share[i]).toBe(v.msp.cost[i]);
    }
    expect(wholeProfitMonths).toBeGreaterThan(5);
  });

  it('finishes a catch-up and starts the equal split within one month (month 20 of the default)', () => {
    const i = 19;
    expect(v.phase[i]).toBe(3);
    expect(v.isv.catchUp[i]! > 0n && v.msp.equalSplit[i]! > 0n).toBe(true);
    expect(v.msp.equalSplit[i]).toBe(v.isv.equalSplit[i]);
    expect(v.msp.position[i]).toBe(v.isv.position[i]); // losses are equal afterwards
  });

  it('splits profit equally while both have the same loss (phase 4), with no phase 3 when investments are equal', () => {
    const equal = run({ isv: scenario().msp }); // the ISV with exactly the MSP's costs
    expect(monthsIn(equal, 3)).toEqual([]);
    const months = monthsIn(equal, 4);
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) {
      const i = m - 1;
      expect(equal.msp.catchUp[i]! + equal.isv.catchUp[i]!).toBe(0n);
      const gap = equal.msp.equalSplit[i]! - equal.isv.equalSplit[i]!;
      expect(gap === 0n || gap === 1n).toBe(true); // an odd cent goes to partner a
    }
  });

  it('hands out profit in proportion to costs once both are out of the red (phase 5)', () => {
    const months = monthsIn(v, 5);
    expect(months.length).toBeGreaterThan(50);
    for (const m of months) {
      const i = m - 1;
      expect(maxBig(-v.msp.position[i - 1]!, -v.isv.position[i - 1]!) <= 0n).toBe(true);
      const profit = v.revenue[i]! - v.msp.cost[i]! - v.isv.cost[i]!;
      expect(v.msp.proportional[i]).toBe(allocateBig(profit, v.msp.cost[i]!, v.isv.cost[i]!));
      expect(v.msp.share[i]).toBe(v.msp.cost[i]! + v.msp.proportional[i]!);
    }
  });

  it('counts revenue exactly equal to costs as profitable, not as cash-flow negative', () => {
    // Only cost: 390.00 per instance for the MSP, at a price of 390.00: R = C every month.
    const tie = run({
      investmentMonths: 0,
      horizonMonths: 24,
      msp: { ...NO_COSTS, otherPerInstance: '390' },
      isv: NO_COSTS,
    });
    expect(tie.revenue.every((r, i) => r === tie.msp.cost[i])).toBe(true);
    expect(new Set(tie.phase)).toEqual(new Set([5]));
  });
});
