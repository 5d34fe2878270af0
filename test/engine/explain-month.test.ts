import { describe, expect, it } from 'vitest';
import { explainMonth, parseScenario, simulate } from '../../src/engine/index';
import type { CanonicalMonth, CanonicalResult, MonthExplanation } from '../../src/engine/index';
import { goldenVectors } from '../golden';
import { scenario } from './builders';

/**
 * Every figure of a month's explanation is checked against the golden vector's canonical months,
 * and the catch-up / 50/50 / proportional steps are re-derived from them with the rules of spec
 * section 5 (so the explanation is checked against the spec, not only against the engine's columns).
 */
const cents = (text: string): bigint => BigInt(text.replace('.', ''));
const money = (v: bigint): string => {
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
const loss = (position: bigint) => (position < 0n ? -position : 0n);
/** allocate(amount, wa, wb) of spec section 2: partner a's part. */
const allocate = (amount: bigint, wa: bigint, wb: bigint): bigint => {
  const s = wa + wb === 0n ? 2n : wa + wb;
  const w = wa + wb === 0n ? 1n : wa;
  return (2n * amount * w + s) / (2n * s);
};

interface Steps {
  x: [bigint, bigint];
  y: [bigint, bigint];
  z: [bigint, bigint];
}

/** The three steps of a profitable month, from the canonical positions before it (spec section 5). */
function stepsFromSpec(m: CanonicalMonth, before: CanonicalMonth | undefined): Steps {
  const la = loss(before ? cents(before.msp.position) : 0n);
  const lb = loss(before ? cents(before.isv.position) : 0n);
  const ca = cents(m.msp.cost);
  const cb = cents(m.isv.cost);
  let profit = cents(m.revenue) - ca - cb;
  const steps: Steps = { x: [0n, 0n], y: [0n, 0n], z: [0n, 0n] };
  const gap = la > lb ? la - lb : lb - la;
  const x = profit < gap ? profit : gap;
  if (la > lb) steps.x[0] = x;
  if (lb > la) steps.x[1] = x;
  profit -= x;
  const remaining = la - steps.x[0];
  if (profit > 0n && remaining > 0n) {
    if (profit >= 2n * remaining) {
      steps.y = [remaining, remaining];
      profit -= 2n * remaining;
    } else {
      const a = allocate(profit, 1n, 1n);
      steps.y = [a, profit - a];
      profit = 0n;
    }
  }
  if (profit > 0n) {
    const a = allocate(profit, ca, cb);
    steps.z = [a, profit - a];
  }
  return steps;
}

function checkMonth(e: MonthExplanation, months: CanonicalMonth[], i: number, goLive: number) {
  const m = months[i] as CanonicalMonth;
  const before = months[i - 1];
  expect(e.phase).toBe(m.phase);
  expect(e.revenue).toBe(m.revenue);
  expect(e.price).toBe(m.price);
  expect(e.billedInstances).toBe(m.billedInstances);
  expect(e.totalCost).toBe(money(cents(m.msp.cost) + cents(m.isv.cost)));
  expect(e.surplus).toBe(money(cents(m.revenue) - cents(m.msp.cost) - cents(m.isv.cost)));
  for (const key of ['msp', 'isv'] as const) {
    const p = e.partners[key];
    expect(p.cost).toBe(m[key].cost);
    expect(p.share).toBe(m[key].share);
    expect(p.positionAfter).toBe(m[key].position);
    expect(p.positionBefore).toBe(before ? before[key].position : '0.00');
    expect(p.change).toBe(money(cents(m[key].share) - cents(m[key].cost)));
    // The parts add up to the share the partner received.
    const parts = [p.costCovered, p.catchUp, p.equalSplit, p.proportional].map(cents);
    expect(money(parts.reduce((s, v) => s + v, 0n))).toBe(m[key].share);
    expect(money(cents(p.costCovered) + cents(p.costUncovered))).toBe(m[key].cost);
  }
  if (m.phase >= 3) {
    const s = stepsFromSpec(m, before);
    expect(e.partners.msp.costCovered).toBe(m.msp.cost);
    expect(e.partners.isv.costCovered).toBe(m.isv.cost);
    expect([e.partners.msp.catchUp, e.partners.isv.catchUp]).toEqual(s.x.map(money));
    expect([e.partners.msp.equalSplit, e.partners.isv.equalSplit]).toEqual(s.y.map(money));
    expect([e.partners.msp.proportional, e.partners.isv.proportional]).toEqual(s.z.map(money));
    const x = s.x[0] + s.x[1];
    expect(e.catchUp?.amount ?? '0.00').toBe(money(x));
    if (e.catchUp) {
      const la = loss(cents(e.partners.msp.positionBefore));
      const lb = loss(cents(e.partners.isv.positionBefore));
      // Why: the catch-up goes to the partner whose loss was larger, by the gap between the losses.
      expect(e.catchUp.to).toBe(la > lb ? 'msp' : 'isv');
      expect(e.catchUp.lossGap).toBe(money(la > lb ? la - lb : lb - la));
      expect(e.catchUp.gapLeft).toBe(money((la > lb ? la - lb : lb - la) - x));
    }
    expect(e.proportional?.amount ?? '0.00').toBe(money(s.z[0] + s.z[1]));
    expect(e.equalSplit?.total ?? '0.00').toBe(money(s.y[0] + s.y[1]));
  } else {
    expect(e.catchUp).toBeNull();
    expect(e.equalSplit).toBeNull();
    expect(e.proportional).toBeNull();
  }
  const next = months[i + 1];
  expect(e.next.month).toBe(next ? next.month : null);
  expect(e.next.phase).toBe(next ? next.phase : null);
  const change = months.slice(i + 1).find((later) => later.phase !== m.phase);
  expect(e.next.change).toEqual(change ? { month: change.month, phase: change.phase } : null);
  if (next && m.month >= goLive && m.phase === 2) {
    expect(e.next.goal).toMatchObject({
      kind: 'coverCosts',
      shortfall: money(-cents(e.surplus)),
    });
  }
  if (!next) expect(e.next.goal).toEqual({ kind: 'horizonEnd' });
}

// Stories covering every phase and its edges: the default (catch-up), the MSP catching up, equal
// investments, odd cents, a bumpy recovery, revenue exactly equal to costs, quick profit, random.
const CHOSEN = ['01-', '02-', '03-', '06-', '10-', '11-', '23-', '24-', '25-', '31-'];

describe('explaining a month', () => {
  for (const v of goldenVectors().filter((g) => CHOSEN.some((c) => g.file.startsWith(c)))) {
    it(`matches the canonical months and the spec's steps in every month of ${v.file}`, () => {
      const expected = v.expected as CanonicalResult;
      const result = simulate(parseScenario(v.scenario));
      const goLive = expected.summary.goLiveMonth;
      for (let i = 0; i < expected.months.length; i++) {
        checkMonth(explainMonth(result, i + 1), expected.months, i, goLive);
      }
    });
  }

  it('says who gets the catch-up in the default example and how far behind they were', () => {
    const result = simulate(scenario());
    const first3 = Array.from(result.phase).indexOf(3) + 1;
    const e = explainMonth(result, first3);
    // The ISV invests more in the default example, so it is the one catching up.
    expect(e.catchUp?.to).toBe('isv');
    expect(cents(e.catchUp?.lossGap ?? '0')).toBeGreaterThan(0n);
    expect(e.next.goal.kind).toBe('closeGap');
  });

  it('points from an investment month to go-live', () => {
    const result = simulate(scenario());
    expect(explainMonth(result, 1).next.goal).toEqual({
      kind: 'goLive',
      goLiveMonth: result.summary.goLiveMonth,
    });
  });

  it('tells how much must still be paid back in an aligned month, and the cushion once net positive', () => {
    const result = simulate(scenario());
    const phases = Array.from(result.phase);
    const aligned = explainMonth(result, phases.indexOf(4) + 1);
    if (aligned.next.goal.kind === 'payBack') {
      const lossAfter = [aligned.partners.msp.lossAfter, aligned.partners.isv.lossAfter]
        .map(cents)
        .reduce((a, b) => (a > b ? a : b));
      expect(aligned.next.goal.loss).toBe(money(lossAfter));
    } else {
      // The month paid both losses back in full: it says so, and the state after it is phase 5.
      expect(aligned.equalSplit?.paidBack).toBe(true);
      expect(aligned.next.goal.kind).toBe('stay');
    }
    const net = explainMonth(result, phases.lastIndexOf(5));
    expect(net.next.goal).toEqual({ kind: 'stay', cushion: net.surplus });
  });

  it('refuses months outside the horizon', () => {
    const result = simulate(scenario({ horizonMonths: 24 }));
    expect(() => explainMonth(result, 0)).toThrow(RangeError);
    expect(() => explainMonth(result, 25)).toThrow(RangeError);
    expect(() => explainMonth(result, 1.5)).toThrow(RangeError);
  });
});
