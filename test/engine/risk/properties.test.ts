import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  finishRiskRuns,
  mergeRiskPartials,
  risk,
  riskRuns,
  simulate,
} from '../../../src/engine/index';
import type { RiskPartial, ScenarioV2 } from '../../../src/engine/index';
import { bandMonths } from '../../../src/engine/risk/finish';
import { prepareRanges, runInputs, sampleRun } from '../../../src/engine/risk/run-inputs';
import { HUGE } from '../scenario-arbitrary';
import { riskScenarioArb } from './risk-arbitrary';

/** The invariants of spec section 10 that make the analysis reproducible and shareable. */
const NEVER = 0x7fffffff;
const month = (m: number | undefined) => (m === NEVER ? null : m);

/** Everything a partial holds about run r, as bigints and months. */
function runOf(p: RiskPartial, r: number) {
  const i = r - p.from;
  const at = (values: Float64Array | bigint[], j: number) => BigInt(values[j] ?? NaN);
  const rows = (values: Float64Array | bigint[]) =>
    Array.from({ length: p.bandCount }, (_, j) => at(values, j * (p.to - p.from) + i));
  return {
    breakEven: [p.breakEven.msp[i], p.breakEven.isv[i], p.breakEven.partnership[i]].map(month),
    final: [at(p.finalPosition.msp, i), at(p.finalPosition.isv, i)],
    exposure: [at(p.maxExposure.msp, i), at(p.maxExposure.isv, i)],
    revenue: at(p.totalRevenue, i),
    bands: [rows(p.bands.msp), rows(p.bands.isv)],
  };
}

/** Run r simulated on its own by simulate, the way spec section 10 defines it. */
function simulatedRun(s: ScenarioV2, r: number) {
  const ranges = prepareRanges(s);
  const { scenario, effort } = runInputs(s, ranges, sampleRun(ranges, s.uncertainty.seed, r));
  const result = simulate(scenario, { effort });
  const { summary } = result;
  const cents = (text: string) => BigInt(text.replace('.', ''));
  const rows = (p: 'msp' | 'isv') =>
    bandMonths(s.horizonMonths).map((m) => BigInt(result[p].position[m - 1] ?? NaN));
  return {
    breakEven: [
      summary.breakEvenMonth.msp,
      summary.breakEvenMonth.isv,
      summary.partnershipBreakEvenMonth,
    ],
    final: [cents(summary.totals.msp.position), cents(summary.totals.isv.position)],
    exposure: [cents(summary.maxExposure.msp), cents(summary.maxExposure.isv)],
    revenue: cents(summary.totalRevenue),
    bands: [rows('msp'), rows('isv')],
  };
}

const scenarios = riskScenarioArb();

describe('the risk analysis', () => {
  // Huge magnitudes too: those runs take the BigInt loop and keep bigints past 2^53.
  it('simulates every run exactly as simulate does with the run’s sampled inputs', () => {
    fc.assert(
      fc.property(fc.oneof(scenarios, riskScenarioArb(6, HUGE)), (s) => {
        const all = riskRuns(s);
        for (let r = 0; r < s.uncertainty.runs; r++) {
          expect(runOf(all, r)).toEqual(simulatedRun(s, r));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives a run recomputed alone exactly as it is inside the batch', () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), (s, pick) => {
        const r = pick % s.uncertainty.runs;
        expect(runOf(riskRuns(s, r, r + 1), r)).toEqual(runOf(riskRuns(s), r));
      }),
      { numRuns: 40 },
    );
  });

  it('does not change when the ranges are listed in another order', () => {
    fc.assert(
      fc.property(scenarios, fc.infiniteStream(fc.double({ noNaN: true })), (s, keys) => {
        const order = s.uncertainty.ranges.map((range) => ({ range, key: keys.next().value }));
        const ranges = order.sort((x, y) => x.key - y.key).map((x) => x.range);
        const reordered = { ...s, uncertainty: { ...s.uncertainty, ranges } };
        expect(risk(reordered)).toEqual(risk(s));
      }),
      { numRuns: 30 },
    );
  });

  it('keeps the other fields’ samples when a range is removed', () => {
    fc.assert(
      fc.property(
        scenarios.filter((s) => s.uncertainty.ranges.length > 1),
        fc.nat(),
        (s, pick) => {
          const ranges = s.uncertainty.ranges.filter(
            (_, i) => i !== pick % s.uncertainty.ranges.length,
          );
          const fewer = risk({ ...s, uncertainty: { ...s.uncertainty, ranges } }).samples;
          risk(s).samples.forEach((all, r) => {
            for (const range of ranges) expect(fewer[r]?.[range.field]).toBe(all[range.field]);
          });
        },
      ),
      { numRuns: 30 },
    );
  });

  it('gives the same result from any slicing of the runs, merged in any order', () => {
    const sliced = scenarios.chain((s) =>
      fc.record({
        s: fc.constant(s),
        cuts: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, s.uncertainty.runs - 1) }), {
          maxLength: 5,
        }),
        reverse: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(sliced, ({ s, cuts, reverse }) => {
        const { runs } = s.uncertainty;
        const edges = [0, ...cuts.filter((c) => c < runs).sort((x, y) => x - y), runs];
        const slices = edges.slice(1).map((to, i) => riskRuns(s, edges[i], to));
        if (reverse) slices.reverse();
        expect(mergeRiskPartials(slices)).toEqual(riskRuns(s));
        expect(finishRiskRuns(s, slices)).toEqual(risk(s));
      }),
      { numRuns: 30 },
    );
  });

  it('with no ranges, gives the scenario’s own figures as every percentile', () => {
    fc.assert(
      fc.property(scenarios, (ranged) => {
        const s = { ...ranged, uncertainty: { ...ranged.uncertainty, ranges: [] } };
        const { runs } = s.uncertainty;
        const result = risk(s);
        const sim = simulate(s);
        const { summary } = sim;
        const same = <T>(v: T) => ({ p10: v, p50: v, p90: v });
        const be = (m: number | null) => ({
          ...same(m),
          never: m === null ? runs : 0,
          byMonth: Array.from({ length: s.horizonMonths }, (_, i) =>
            m !== null && i + 1 >= m ? runs : 0,
          ),
        });
        expect(result.breakEven).toEqual({
          msp: be(summary.breakEvenMonth.msp),
          isv: be(summary.breakEvenMonth.isv),
          partnership: be(summary.partnershipBreakEvenMonth),
        });
        for (const p of ['msp', 'isv'] as const) {
          const final = summary.totals[p].position;
          expect(result.finalPosition[p]).toEqual({
            ...same(final),
            mean: final,
            lossRuns: final.startsWith('-') ? runs : 0,
          });
          expect(result.maxExposure[p]).toEqual(same(summary.maxExposure[p]));
          const positions = result.bands.months.map((m) =>
            (BigInt(sim[p].position[m - 1] ?? NaN) as bigint).toString(),
          );
          const money = result.bands[p].p50.map((t) => BigInt(t.replace('.', '')).toString());
          expect(money).toEqual(positions);
          expect(result.bands[p].p10).toEqual(result.bands[p].p50);
          expect(result.bands[p].p90).toEqual(result.bands[p].p50);
        }
        expect(result.totalRevenue).toEqual(same(summary.totalRevenue));
        expect(result.samples).toEqual(Array.from({ length: Math.min(5, runs) }, () => ({})));
      }),
      { numRuns: 40 },
    );
  });
});
