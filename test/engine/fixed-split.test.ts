import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  compareWithFivePhase,
  defaultSplitPct,
  fivePhaseFigures,
  parseScenario,
  simulate,
  fixedSplit,
  fixedSplitInputOf,
} from '../../src/engine/index';
import type { CanonicalResult, PartnerKey, FixedSplitResult } from '../../src/engine/index';
import { goldenVectors } from '../golden';
import { big } from './result-view';
import { scenario } from './builders';

/**
 * The fixed split is checked against a second, independent computation: decimal.js on the
 * canonical month strings of each golden vector (its revenue and cost columns), with enough
 * precision for the largest vectors, rounding half up (= half away from zero for R ≥ 0).
 */
const D = Decimal.clone({ precision: 400, rounding: Decimal.ROUND_HALF_UP });

interface Expected {
  share: Record<PartnerKey, string[]>;
  position: Record<PartnerKey, string[]>;
  breakEven: Record<PartnerKey, number | null>;
  maxExposure: Record<PartnerKey, string>;
  final: Record<PartnerKey, string>;
  margin: Record<PartnerKey, string | null>;
}

function money(d: Decimal): string {
  const text = d.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

function direct(expected: CanonicalResult, pct: string): Expected {
  const p = new D(pct);
  const out: Expected = {
    share: { msp: [], isv: [] },
    position: { msp: [], isv: [] },
    breakEven: { msp: null, isv: null },
    maxExposure: { msp: '0.00', isv: '0.00' },
    final: { msp: '0.00', isv: '0.00' },
    margin: { msp: null, isv: null },
  };
  const pos = { msp: new D(0), isv: new D(0) };
  const low = { msp: new D(0), isv: new D(0) };
  const shares = { msp: new D(0), isv: new D(0) };
  for (const m of expected.months) {
    const r = new D(m.revenue);
    const isv = r.times(p).div(100).toDecimalPlaces(2, D.ROUND_HALF_UP);
    const part = { isv, msp: r.minus(isv) };
    for (const key of ['msp', 'isv'] as const) {
      pos[key] = pos[key].plus(part[key]).minus(m[key].cost);
      shares[key] = shares[key].plus(part[key]);
      if (pos[key].lt(low[key])) low[key] = pos[key];
      if (out.breakEven[key] === null && m.month >= expected.summary.goLiveMonth && pos[key].gte(0))
        out.breakEven[key] = m.month;
      out.share[key].push(money(part[key]));
      out.position[key].push(money(pos[key]));
    }
  }
  for (const key of ['msp', 'isv'] as const) {
    out.maxExposure[key] = money(low[key].neg());
    out.final[key] = money(pos[key]);
    out.margin[key] = shares[key].isZero()
      ? null
      : money(pos[key].div(shares[key]).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP));
  }
  return out;
}

function actual(split: FixedSplitResult): Expected {
  const col = (key: PartnerKey, c: 'share' | 'position') =>
    big(split[key][c]).map((v) => money(new D(v.toString()).div(100)));
  const per = <T>(f: (key: PartnerKey) => T) => ({ msp: f('msp'), isv: f('isv') });
  return {
    share: per((k) => col(k, 'share')),
    position: per((k) => col(k, 'position')),
    breakEven: per((k) => split[k].breakEvenMonth),
    maxExposure: per((k) => split[k].maxExposure),
    final: per((k) => split[k].finalPosition),
    margin: per((k) => split[k].marginPct),
  };
}

const vectors = goldenVectors().map((v) => ({
  file: v.file,
  expected: v.expected as CanonicalResult,
  result: simulate(parseScenario(v.scenario)),
}));

describe('the fixed split', () => {
  it('equals a direct decimal computation from the canonical months of every golden vector, at its default p', () => {
    for (const v of vectors) {
      const input = fixedSplitInputOf(v.result);
      const pct = defaultSplitPct(input);
      expect(actual(fixedSplit(input, pct)), v.file).toEqual(direct(v.expected, pct));
    }
  });

  it('equals the direct computation at the edges and at odd percentages (0, 100, 33.3, 12.3456)', () => {
    for (const v of vectors) {
      const input = fixedSplitInputOf(v.result);
      for (const pct of ['0', '100', '33.3', '12.3456']) {
        expect(actual(fixedSplit(input, pct)), `${v.file} at ${pct} %`).toEqual(
          direct(v.expected, pct),
        );
      }
    }
  });

  it('takes the default p from the cost totals: the ISV’s share of all costs, to 0.1 %, half away from zero', () => {
    for (const v of vectors) {
      const { msp, isv } = v.expected.summary.totals;
      const total = new D(msp.cost).plus(isv.cost);
      const want = total.isZero()
        ? '50.0'
        : new D(isv.cost).div(total).times(100).toDecimalPlaces(1, D.ROUND_HALF_UP).toFixed(1);
      expect(defaultSplitPct(fixedSplitInputOf(v.result)), v.file).toBe(want);
    }
  });

  it('rounds the default half away from zero at an exact .x5 (ISV 62.25 % of costs gives 62.3)', () => {
    const input = {
      goLiveMonth: 1,
      revenue: [0n],
      cost: { msp: [3775n], isv: [6225n] },
    };
    expect(defaultSplitPct(input)).toBe('62.3');
    expect(defaultSplitPct({ ...input, cost: { msp: [3785n], isv: [6215n] } })).toBe('62.2');
  });

  it('gives the ISV round2(R × p / 100) half away from zero and the MSP exactly the rest', () => {
    // R = 0.05 at 50 %: 0.025 rounds to 0.03 for the ISV, 0.02 is left for the MSP.
    const split = fixedSplit(
      { goLiveMonth: 1, revenue: [5n], cost: { msp: [0n], isv: [0n] } },
      '50',
    );
    expect(big(split.isv.share)).toEqual([3n]);
    expect(big(split.msp.share)).toEqual([2n]);
    expect([split.isvPct, split.mspPct]).toEqual(['50.0', '50.0']);
  });

  it('refuses a percentage outside 0…100 or with more than 4 decimals', () => {
    const input = fixedSplitInputOf(simulate(scenario({ horizonMonths: 24 })));
    expect(() => fixedSplit(input, '100.1')).toThrow(RangeError);
    expect(() => fixedSplit(input, '-1')).toThrow(RangeError);
    expect(() => fixedSplit(input, '1.23456')).toThrow(RangeError);
    expect(() => fixedSplit(input, 'abc')).toThrow(RangeError);
  });
});

describe('the five-phase figures next to it', () => {
  it('agree with the canonical summary of every golden vector, margin = final position / shares', () => {
    for (const v of vectors) {
      const f = fivePhaseFigures(v.result);
      const s = v.expected.summary;
      for (const key of ['msp', 'isv'] as const) {
        expect(f[key].breakEvenMonth, v.file).toBe(s.breakEvenMonth[key]);
        expect(f[key].maxExposure, v.file).toBe(s.maxExposure[key]);
        expect(f[key].finalPosition, v.file).toBe(s.totals[key].position);
        expect(f[key].totalShare, v.file).toBe(s.totals[key].share);
        expect(f[key].totalCost, v.file).toBe(s.totals[key].cost);
        const share = new D(s.totals[key].share);
        const margin = share.isZero()
          ? null
          : money(
              new D(s.totals[key].position)
                .div(share)
                .times(100)
                .toDecimalPlaces(2, D.ROUND_HALF_UP),
            );
        expect(f[key].marginPct, v.file).toBe(margin);
      }
    }
  });

  it('differ from the fixed split by opposite amounts: the same revenue is only shared differently', () => {
    for (const v of vectors) {
      const input = fixedSplitInputOf(v.result);
      const diff = compareWithFivePhase(
        fivePhaseFigures(v.result),
        fixedSplit(input, defaultSplitPct(input)),
      );
      expect(new D(diff.msp.finalPosition).plus(diff.isv.finalPosition).toFixed(2), v.file).toBe(
        '0.00',
      );
    }
  });

  it('reports how much later a partner breaks even and how much more it has at risk (golden 01 at 90 %)', () => {
    const v = vectors[0];
    if (!v) throw new Error('no golden vectors');
    const model = fivePhaseFigures(v.result);
    const split = fixedSplit(fixedSplitInputOf(v.result), '90');
    const diff = compareWithFivePhase(model, split);
    const msp = diff.msp;
    expect(msp.breakEvenMonths).toBe(
      split.msp.breakEvenMonth === null || model.msp.breakEvenMonth === null
        ? null
        : split.msp.breakEvenMonth - model.msp.breakEvenMonth,
    );
    expect(new D(msp.maxExposure).toFixed(2)).toBe(
      new D(split.msp.maxExposure).minus(model.msp.maxExposure).toFixed(2),
    );
    // Handing the ISV 90 % of revenue leaves the MSP worse off than the five-phase model.
    expect(new D(msp.finalPosition).isNegative()).toBe(true);
  });
});
