import { describe, expect, it } from 'vitest';
import {
  contractTerms,
  defaultEndMonth,
  endAfterNoticeAt,
  endReadout,
  parseScenario,
  simulate,
  toCanonical,
} from '../../src/engine/index';
import type { CanonicalResult } from '../../src/engine/index';
import { goldenVectors } from '../golden';
import { scenario } from './builders';

const cents = (text: string): bigint => BigInt(text.replace('.', ''));

describe('contract terms', () => {
  it('end the minimum term 12 months after go-live: go-live in month 7 means months 7…18', () => {
    const terms = contractTerms(7, 120);
    expect(terms.minimumTermEndMonth).toBe(18);
    expect(18 - 7 + 1).toBe(12);
  });

  it('end the partnership at the earliest 3 months after notice given when the minimum term ends', () => {
    const terms = contractTerms(7, 120);
    expect(terms.earliestEndMonth).toBe(21);
    expect(endAfterNoticeAt(terms, 18)).toBe(21);
    expect(endAfterNoticeAt(terms, 30)).toBe(33);
    // No ordinary notice during the minimum term.
    expect(endAfterNoticeAt(terms, 17)).toBeNull();
  });

  it('count from month 1 when there are no investment months', () => {
    const terms = contractTerms(1, 60);
    expect([terms.minimumTermEndMonth, terms.earliestEndMonth]).toEqual([12, 15]);
  });

  it('say when the horizon ends before the term does, and then default to the last month', () => {
    const short = contractTerms(7, 20);
    expect(short.minimumTermEndInHorizon).toBe(true);
    expect(short.earliestEndInHorizon).toBe(false);
    expect(defaultEndMonth(short)).toBe(20);
    const shorter = contractTerms(7, 17);
    expect(shorter.minimumTermEndInHorizon).toBe(false);
    expect(defaultEndMonth(contractTerms(7, 120))).toBe(21);
    // Exactly at the horizon still counts as inside it.
    expect(contractTerms(7, 21).earliestEndInHorizon).toBe(true);
  });

  it('read out both positions at the chosen end equal to the canonical months of golden vectors', () => {
    for (const v of goldenVectors().slice(0, 12)) {
      const result = simulate(parseScenario(v.scenario));
      const expected = v.expected as CanonicalResult;
      const months = expected.months;
      const terms = contractTerms(result.summary.goLiveMonth, result.horizonMonths);
      for (const month of [1, defaultEndMonth(terms), result.horizonMonths]) {
        const r = endReadout(result, month);
        const m = months[month - 1];
        if (!m) throw new Error(`no month ${month}`);
        expect(r.partners.msp.position, v.file).toBe(m.msp.position);
        expect(r.partners.isv.position, v.file).toBe(m.isv.position);
        // Position = everything received − everything paid, up to that month.
        for (const key of ['msp', 'isv'] as const) {
          const p = r.partners[key];
          expect(cents(p.shares) - cents(p.costs), v.file).toBe(cents(p.position));
        }
        expect(r.ordinary).toBe(month >= terms.earliestEndMonth);
      }
      // At the end of the horizon the sums are the summary totals.
      const last = endReadout(result, result.horizonMonths);
      expect(last.revenue, v.file).toBe(expected.summary.totalRevenue);
      expect(last.partners.isv.shares, v.file).toBe(expected.summary.totals.isv.share);
      expect(last.partners.msp.costs, v.file).toBe(expected.summary.totals.msp.cost);
    }
  });

  it('marks an end inside the minimum term as not possible with ordinary notice', () => {
    const result = simulate(scenario());
    const r = endReadout(result, result.summary.goLiveMonth + 5);
    expect(r.withinMinimumTerm).toBe(true);
    expect(r.ordinary).toBe(false);
    expect(toCanonical(result).months[r.month - 1]?.isv.position).toBe(r.partners.isv.position);
  });

  it('refuses months outside the horizon', () => {
    const result = simulate(scenario({ horizonMonths: 24 }));
    expect(() => endReadout(result, 0)).toThrow(RangeError);
    expect(() => endReadout(result, 25)).toThrow(RangeError);
  });
});
