import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  fixedSplitRuns,
  fixedSplitStats,
  moneyAt,
  risk,
  simulate,
  fixedSplit,
  fixedSplitInputOf,
  upgradeScenario,
} from '../../../src/engine';
import type { Scenario, ScenarioV2 } from '../../../src/engine';
import {
  SUGGESTIONS,
  checkUncertainty,
  downsideCarrier,
  nextSeed,
  riskFigureValues,
  runsPercent,
  withRanges,
} from '../../../src/ui/risk/risk-model';

const base: ScenarioV2 = upgradeScenario(structuredClone(defaultScenario) as Scenario);
const suggestion = (id: string) => SUGGESTIONS.find((s) => s.id === id)?.ranges(base) ?? [];

describe('the risk view model', () => {
  it('takes every suggestion through the schema, and the figures are risk()’s own', () => {
    let u = base.uncertainty;
    for (const s of SUGGESTIONS) u = withRanges(u, s.ranges(base));
    u = { ...u, runs: 200 };
    const checked = checkUncertainty(base, u);
    if (!checked.ok) throw new Error([...checked.issues.values()].join('; '));
    expect(checked.scenario.uncertainty.ranges.map((r) => r.field)).toEqual([
      'growth.newPerMonth',
      'growth.churnPct',
      'investmentMonths',
      'msp.initEffortPct',
      'isv.initEffortPct',
    ]);
    const result = risk(checked.scenario);
    const values = riskFigureValues(result);
    expect(values['risk-final-position-msp-p50']).toBe(result.finalPosition.msp.p50);
    expect(values['risk-loss-runs-isv']).toBe(String(result.finalPosition.isv.lossRuns));
    expect(values['risk-breakeven-partnership-p90']).toBe(
      result.breakEven.partnership.p90 === null ? '' : String(result.breakEven.partnership.p90),
    );
  });

  it('suggests ±50 % of new instances exactly, and go-live 0–6 months later', () => {
    const m = base.growth.newPerMonth;
    const [r] = suggestion('new-instances');
    expect(r?.field).toBe('growth.newPerMonth');
    expect(Number(r?.low) * 2).toBeCloseTo(Number(m), 6);
    expect(Number(r?.high)).toBeCloseTo(Number(m) * 1.5, 6);
    expect(suggestion('go-live')).toEqual([
      {
        field: 'investmentMonths',
        low: String(base.investmentMonths),
        high: String(base.investmentMonths + 6),
      },
    ]);
  });

  it('names a problem at its path: a low above the scenario’s value, runs out of bounds', () => {
    const checked = checkUncertainty(base, {
      runs: 0,
      seed: 1,
      ranges: [{ field: 'growth.churnPct', low: '99', high: '100' }],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.get('uncertainty.ranges.0.low')).toBeTruthy();
    expect(checked.issues.get('uncertainty.runs')).toMatch(/1 to 10,000/);
  });

  it('writes shares of runs exactly, rounding half away from zero', () => {
    expect(runsPercent(0, 1000)).toBe('0.0');
    expect(runsPercent(1, 3)).toBe('33.3');
    expect(runsPercent(1, 2000)).toBe('0.1');
    expect(runsPercent(1000, 1000)).toBe('100.0');
  });

  it('draws a new seed, a valid one, different from the last', () => {
    const seeds = [1];
    for (let i = 0; i < 20; i++) seeds.push(nextSeed(seeds.at(-1) ?? 1));
    expect(new Set(seeds).size).toBe(seeds.length);
    for (const s of seeds) expect(s >= 0 && s <= 0xffffffff && Number.isInteger(s)).toBe(true);
  });

  it('says who carries the downside', () => {
    expect(
      downsideCarrier({ msp: { lossRuns: 0, p10: '5.00' }, isv: { lossRuns: 0, p10: '1.00' } }),
    ).toBe(null);
    expect(
      downsideCarrier({ msp: { lossRuns: 3, p10: '5.00' }, isv: { lossRuns: 9, p10: '1.00' } }),
    ).toBe('isv');
    expect(
      downsideCarrier({ msp: { lossRuns: 3, p10: '-7.00' }, isv: { lossRuns: 3, p10: '-1.00' } }),
    ).toBe('msp');
  });
});

describe('the runs under the fixed split', () => {
  it('are each run simulated alone and split at the percentage, with nearest-rank P10', () => {
    const u = withRanges({ ...base.uncertainty, runs: 40 }, suggestion('set-up'));
    const checked = checkUncertainty(base, u);
    if (!checked.ok) throw new Error('valid');
    const s = checked.scenario;
    // Slices in any order give the statistics of all runs at once.
    const slices = [fixedSplitRuns(s, '40.0', 25, 40), fixedSplitRuns(s, '40.0', 0, 25)];
    expect(fixedSplitStats(slices)).toEqual(fixedSplitStats([fixedSplitRuns(s, '40.0')]));
    // With no ranges every run is the scenario itself: the fixed split's own final position.
    const none = { ...base, uncertainty: { runs: 3, seed: 1, ranges: [] } };
    const plain = fixedSplitStats([fixedSplitRuns(none, '40.0')]);
    const split = fixedSplit(fixedSplitInputOf(simulate(base)), '40.0');
    const last = base.horizonMonths - 1;
    for (const k of ['msp', 'isv'] as const) {
      const final = moneyAt(split[k].position, last);
      expect(plain[k]).toEqual({
        p10: final,
        p50: final,
        p90: final,
        lossRuns: final.startsWith('-') ? 3 : 0,
      });
    }
  });
});
