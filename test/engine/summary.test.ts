import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../src/engine/index';
import { roundDivBig } from '../../src/engine/rounding';
import { toScaled } from '../../src/engine/scaled';
import { goldenVectors } from '../golden';
import { NO_COSTS, scenario } from './builders';

/**
 * The summary's extras for the UI (beyond spec section 6), checked against the golden vectors'
 * expected months: an independent source, not the engine's own columns.
 */
interface ExpectedMonth {
  month: number;
  phase: number;
  msp: { cost: string; share: string; position: string };
  isv: { cost: string; share: string; position: string };
}

const vectors = goldenVectors().map((g) => ({
  file: g.file,
  scenario: parseScenario(g.scenario),
  months: (g.expected as { months: ExpectedMonth[] }).months,
}));
const cents = (text: string): bigint => toScaled(text, 2);

describe('the summary for the UI', () => {
  it.each(vectors)('$file: phase start months are the first month with each label', (g) => {
    const starts = simulate(g.scenario).summary.phaseStartMonth;
    for (const phase of [1, 2, 3, 4, 5] as const) {
      expect(starts[phase]).toBe(g.months.find((m) => m.phase === phase)?.month ?? null);
    }
  });

  it.each(vectors)(
    '$file: the month of largest exposure is the first lowest position below 0',
    (g) => {
      const { maxExposureMonth } = simulate(g.scenario).summary;
      for (const p of ['msp', 'isv'] as const) {
        let [low, month] = [0n, null as number | null];
        for (const m of g.months) {
          if (cents(m[p].position) < low) [low, month] = [cents(m[p].position), m.month];
        }
        expect(maxExposureMonth[p]).toBe(month);
      }
    },
  );

  it.each(vectors)(
    '$file: margin after payback is Σ(S − C) / ΣS over the phase-5 months, in percent',
    (g) => {
      const { marginAfterPaybackPct } = simulate(g.scenario).summary;
      const net = g.months.filter((m) => m.phase === 5);
      for (const p of ['msp', 'isv'] as const) {
        const shares = net.reduce((s, m) => s + cents(m[p].share), 0n);
        const costs = net.reduce((s, m) => s + cents(m[p].cost), 0n);
        if (shares === 0n) {
          expect(marginAfterPaybackPct[p]).toBeNull();
          continue;
        }
        const hundredths = roundDivBig(10_000n * (shares - costs), shares);
        expect(cents(marginAfterPaybackPct[p] ?? 'missing')).toBe(hundredths);
      }
    },
  );

  it('gives no margin before payback is ever reached', () => {
    const neverProfitable = scenario({ price: { perInstance: '0' } });
    expect(simulate(neverProfitable).summary.marginAfterPaybackPct).toEqual({
      msp: null,
      isv: null,
    });
  });

  it('gives no margin when phase-5 shares add up to zero (no revenue, no costs)', () => {
    const nothing = scenario({ price: { perInstance: '0' }, msp: NO_COSTS, isv: NO_COSTS });
    const summary = simulate(nothing).summary;
    expect(summary.phaseStartMonth[5]).toBe(7);
    expect(summary.marginAfterPaybackPct).toEqual({ msp: null, isv: null });
    expect(summary.maxExposureMonth).toEqual({ msp: null, isv: null });
  });

  it('rounds the margin half away from zero: costs of 1/3 of revenue give 66.67 %', () => {
    // MSP: 130.00 per instance of a 390.00 price, ISV nothing: margin 260/390 = 66.666…
    const third = scenario({
      investmentMonths: 0,
      msp: { ...NO_COSTS, otherPerInstance: '130' },
      isv: NO_COSTS,
    });
    expect(simulate(third).summary.marginAfterPaybackPct.msp).toBe('66.67');
  });

  it('leaves the UI extras out of the canonical result', () => {
    const canonical = toCanonical(simulate(scenario()));
    expect(Object.keys(canonical.summary).sort()).toEqual([
      'breakEvenMonth',
      'goLiveMonth',
      'maxExposure',
      'partnershipBreakEvenMonth',
      'totalRevenue',
      'totals',
    ]);
  });
});
