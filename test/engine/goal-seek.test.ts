import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../../src/engine/index';
import type { Scenario } from '../../src/engine/index';
import {
  fieldBounds,
  readScaled,
  stepsToDecimal,
  withField,
} from '../../src/engine/analysis-fields';
import {
  GOAL_SEEK_FIELDS,
  goalSeek,
  goalSeekSteps,
  seeksLargest,
} from '../../src/engine/goal-seek';
import type { GoalSeekField, GoalSeekResult } from '../../src/engine/goal-seek';
import { toScaled } from '../../src/engine/scaled';
import { scenario } from './builders';
import { scenarioArb } from './scenario-arbitrary';

/** The partnership break-even month of a direct engine run with the field set (full horizon). */
function monthWith(s: Scenario, field: GoalSeekField, value: string): number | null {
  return simulate(parseScenario(withField(s, field, value))).summary.partnershipBreakEvenMonth;
}

function reaches(s: Scenario, field: GoalSeekField, value: string, n: number): boolean {
  const m = monthWith(s, field, value);
  return m !== null && m <= n;
}

/** Reached: the answer reaches the goal and one step less (more, for hours) does not. */
function expectVerified(s: Scenario, r: GoalSeekResult & { kind: 'reached' }) {
  expect(reaches(s, r.field, r.value, r.targetMonth)).toBe(true);
  expect(r.month).toBe(monthWith(s, r.field, r.value));
  const { min, max, places } = fieldBounds(r.field);
  const v = toScaled(r.value, places);
  const next = seeksLargest(r.field) ? v + 1n : v - 1n;
  if (next < min || next > max) {
    expect(r.neighbour).toBeNull();
  } else {
    expect(r.neighbour).toBe(stepsToDecimal(r.field, next));
    expect(reaches(s, r.field, r.neighbour!, r.targetMonth)).toBe(false);
  }
}

const SHORT = { money: 2_000, hours: 50, count: 50, maxHorizon: 36 };
/** A field, and a target month within [go-live, horizon]. */
const caseArb = scenarioArb(SHORT).chain((s) =>
  fc.record({
    s: fc.constant(s),
    field: fc.constantFrom(...GOAL_SEEK_FIELDS),
    n: fc.integer({ min: s.investmentMonths + 1, max: s.horizonMonths }),
  }),
);

describe('goal seek on the default scenario', () => {
  const s = scenario();

  it('finds the smallest price that breaks even by month 24, exact to the cent', () => {
    const r = goalSeek(s, { field: 'price.perInstance', targetMonth: 24 });
    expect(r.kind).toBe('reached');
    if (r.kind !== 'reached') return;
    expect(r.method).toBe('bisection');
    expect(r.current).toEqual({ value: '390', month: 26 });
    expectVerified(s, r);
  });

  it('finds the largest initialisation hours of either partner that still break even by month 60', () => {
    for (const field of ['msp.initHours', 'isv.initHours'] as const) {
      const r = goalSeek(s, { field, targetMonth: 60 });
      expect(r.kind).toBe('reached');
      if (r.kind === 'reached') {
        expectVerified(s, r);
        // More hours than today still reach month 60 (today: month 26).
        expect(toScaled(r.value, 4)).toBeGreaterThan(readScaled(s, field));
      }
    }
  });

  it('scans new instances per month for the smallest value that breaks even by month 24', () => {
    const r = goalSeek(s, { field: 'growth.newPerMonth', targetMonth: 24 });
    expect(r.kind).toBe('reached');
    if (r.kind !== 'reached') return;
    expect(r.method).toBe('scan');
    expectVerified(s, r);
  });

  it('answers "not reachable" with the best month when no hours are small enough', () => {
    // Even with no initialisation hours at all VSHN cannot make month 24 (it breaks even in month 25).
    const r = goalSeek(s, { field: 'msp.initHours', targetMonth: 24 });
    expect(r).toMatchObject({ kind: 'unreachable', bestValue: '0' });
    if (r.kind !== 'unreachable') return;
    expect(r.bestMonth).toBe(monthWith(s, 'msp.initHours', '0'));
    expect(r.bestMonth).toBeGreaterThan(24);
  });

  it('refuses target months before go-live or past the horizon', () => {
    expect(goalSeek(s, { field: 'price.perInstance', targetMonth: 7 }).kind).toBe('reached');
    const early = goalSeek(s, { field: 'price.perInstance', targetMonth: 6 });
    expect(early).toMatchObject({ kind: 'invalid-target' });
    const late = goalSeek(s, { field: 'price.perInstance', targetMonth: 121 });
    expect(late).toMatchObject({ kind: 'invalid-target' });
  });

  it('yields progress after engine runs and never reports more done than the total', () => {
    const steps = goalSeekSteps(s, { field: 'growth.newPerMonth', targetMonth: 30 });
    let last = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) {
      expect(next.value.done).toBeGreaterThanOrEqual(last);
      expect(next.value.done).toBeLessThanOrEqual(next.value.total);
      last = next.value.done;
    }
    expect(next.value.runs).toBe(last);
  });
});

describe('goal seek against a brute-force scan (short horizons)', () => {
  const WINDOW = 120n;

  it('agrees with every value of a window around the answer', () => {
    let compared = 0;
    fc.assert(
      fc.property(caseArb, ({ s, field, n }) => {
        const full = goalSeek(s, { field, targetMonth: n });
        const { min, max } = fieldBounds(field);
        if (full.kind === 'reached') expectVerified(s, full);
        if (full.kind !== 'reached') {
          expect(full.kind).toBe('unreachable');
          if (full.kind !== 'unreachable') return;
          // The best value found really gives the best month reported.
          expect(monthWith(s, field, full.bestValue)).toBe(full.bestMonth);
          if (full.method === 'bisection') {
            const far = seeksLargest(field) ? min : max;
            expect(full.bestValue).toBe(stepsToDecimal(field, far));
          }
          return;
        }
        // Brute force over a window around the answer, and goal seek limited to that window.
        const centre = toScaled(full.value, fieldBounds(field).places);
        const lo = centre - WINDOW < min ? min : centre - WINDOW;
        const hi = centre + WINDOW > max ? max : centre + WINDOW;
        const table: boolean[] = [];
        for (let v = lo; v <= hi; v++) table.push(reaches(s, field, stepsToDecimal(field, v), n));
        const range = { min: stepsToDecimal(field, lo), max: stepsToDecimal(field, hi) };
        const windowed = goalSeek(s, { field, targetMonth: n, range });
        const first = seeksLargest(field) ? table.lastIndexOf(true) : table.indexOf(true);
        expect(first).toBeGreaterThanOrEqual(0);
        const monotone = seeksLargest(field)
          ? table.every((ok, i) => ok === i <= first)
          : table.every((ok, i) => ok === i >= first);
        expect(windowed.kind).toBe('reached');
        if (windowed.kind !== 'reached') return;
        const answer = toScaled(windowed.value, fieldBounds(field).places) - lo;
        expect(table[Number(answer)]).toBe(true);
        const below = seeksLargest(field) ? answer + 1n : answer - 1n;
        if (below >= 0n && below <= hi - lo) expect(table[Number(below)]).toBe(false);
        // Where reaching is monotone (price and hours, and new instances in most scenarios), the
        // answer is the brute-force optimum itself.
        if (monotone) {
          expect(Number(answer)).toBe(first);
          compared++;
        }
      }),
      { numRuns: 60, seed: 42 },
    );
    expect(compared).toBeGreaterThan(0);
  });

  it('reaches the goal and one step less does not on random scenarios over the whole range', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(caseArb, ({ s, field, n }) => {
        const r = goalSeek(s, { field, targetMonth: n });
        kinds.set(`${r.method} ${r.kind}`, (kinds.get(`${r.method} ${r.kind}`) ?? 0) + 1);
        if (r.kind === 'reached') expectVerified(s, r);
        else expect(r.kind).toBe('unreachable');
      }),
      { numRuns: 100, seed: 3 },
    );
    // The random cases cover both searches and both answers.
    for (const key of [
      'bisection reached',
      'bisection unreachable',
      'scan reached',
      'scan unreachable',
    ]) {
      expect(kinds.get(key) ?? 0, key).toBeGreaterThan(0);
    }
  });
});
