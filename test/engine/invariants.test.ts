import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/index';
import { abs, maxBig, view } from './result-view';
import type { ResultView } from './result-view';
import { HUGE, ORDINARY, scenarioArb, swapPartners } from './scenario-arbitrary';

/**
 * Properties of spec sections 4–5 that hold for every valid scenario, checked exactly (BigInt)
 * on generated scenarios of ordinary and of huge magnitudes. Run counts are modest: a single run
 * can be 6,000 months. Each check returns the first month that breaks it (null when none does),
 * so a failure names the month, and a passing run costs one assertion, not one per month.
 */
const RUNS = { numRuns: 30 };
const both = [
  ['ordinary', ORDINARY],
  ['huge', HUGE],
] as const;

function firstMonthWhere(v: ResultView, broken: (i: number) => boolean): number | null {
  for (let i = 0; i < v.months; i++) if (broken(i)) return i + 1;
  return null;
}

describe.each(both)('for every valid scenario (%s magnitudes)', (_, magnitudes) => {
  const scenarios = scenarioArb(magnitudes);

  it('splits each month’s revenue exactly between the two partners, and never negatively', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const v = view(simulate(s));
        const { msp: a, isv: b } = v;
        expect(firstMonthWhere(v, (i) => a.share[i]! + b.share[i]! !== v.revenue[i])).toBeNull();
        expect(firstMonthWhere(v, (i) => a.share[i]! < 0n || b.share[i]! < 0n)).toBeNull();
      }),
      RUNS,
    );
  });

  it('keeps each position the running sum of share minus cost, and both together equal revenue minus costs', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const v = view(simulate(s));
        const { msp: a, isv: b } = v;
        let [pa, pb, net] = [0n, 0n, 0n];
        const broken = firstMonthWhere(v, (i) => {
          pa += a.share[i]! - a.cost[i]!;
          pb += b.share[i]! - b.cost[i]!;
          net += v.revenue[i]! - a.cost[i]! - b.cost[i]!;
          return a.position[i] !== pa || b.position[i] !== pb || pa + pb !== net;
        });
        expect(broken).toBeNull();
      }),
      RUNS,
    );
  });

  it('labels each month by the phase rules, from the positions at the end of the month before', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const v = view(simulate(s));
        const goLive = s.investmentMonths + 1;
        const expectedPhase = (i: number): number => {
          const la = maxBig(0n, -(v.msp.position[i - 1] ?? 0n));
          const lb = maxBig(0n, -(v.isv.position[i - 1] ?? 0n));
          if (i + 1 < goLive) return 1;
          if (v.revenue[i]! < v.msp.cost[i]! + v.isv.cost[i]!) return 2;
          if (abs(la - lb) > 1n) return 3; // more than 0.01 apart
          if (maxBig(la, lb) > 0n) return 4;
          return 5;
        };
        expect(firstMonthWhere(v, (i) => v.phase[i] !== expectedPhase(i))).toBeNull();
      }),
      RUNS,
    );
  });

  it('gives both partners the same margin in phase 5, up to one rounding', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const v = view(simulate(s));
        const { msp: a, isv: b } = v;
        // |S_a·C_b − S_b·C_a| ≤ 0.005·(C_a + C_b) in currency units. In cents the left side is
        // 10^4 times larger and the right side 10^2, so: 2·|s_a·c_b − s_b·c_a| ≤ c_a + c_b.
        const unequal = (i: number): boolean =>
          v.phase[i] === 5 &&
          2n * abs(a.share[i]! * b.cost[i]! - b.share[i]! * a.cost[i]!) > a.cost[i]! + b.cost[i]!;
        expect(firstMonthWhere(v, unequal)).toBeNull();
      }),
      RUNS,
    );
  });

  it('treats the partners alike: swapping their inputs swaps shares and positions, up to a cent per month simulated', () => {
    fc.assert(
      fc.property(scenarios, (s) => {
        const v = view(simulate(s));
        const w = view(simulate(swapPartners(s)));
        const tolerance = BigInt(v.months);
        const far = (x: bigint | undefined, y: bigint | undefined): boolean =>
          abs((x ?? 0n) - (y ?? 0n)) > tolerance;
        const broken = (i: number): boolean =>
          far(v.msp.share[i], w.isv.share[i]) ||
          far(v.isv.share[i], w.msp.share[i]) ||
          far(v.msp.position[i], w.isv.position[i]) ||
          far(v.isv.position[i], w.msp.position[i]);
        expect(firstMonthWhere(v, broken)).toBeNull();
      }),
      RUNS,
    );
  });
});
