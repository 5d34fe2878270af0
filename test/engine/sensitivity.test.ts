import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../../src/engine/index';
import type { Scenario } from '../../src/engine/index';
import { fieldKind, readField, withField } from '../../src/engine/analysis-fields';
import type { AnalysisField } from '../../src/engine/analysis-fields';
import {
  SENSITIVITY_FIELDS,
  movedSteps,
  parseSensitivityPct,
  sensitivity,
  sensitivitySteps,
} from '../../src/engine/sensitivity';
import { isNoChange, rankSensitivity } from '../../src/engine/sensitivity-effects';
import type { Effect, SensitivityMetric } from '../../src/engine/sensitivity-effects';
import { scenario } from './builders';
import { scenarioArb } from './scenario-arbitrary';

/** The moved value computed independently with decimal.js: v × (1 ± pct/100), round, clamp. */
function expectedMove(value: string, pct: string, direction: -1 | 1, field: AnalysisField): string {
  const kind = fieldKind(field);
  const moved = new Decimal(value)
    .mul(new Decimal(100).plus(new Decimal(pct).mul(direction)).div(100))
    .toDecimalPlaces(kind.places, Decimal.ROUND_HALF_UP);
  const clamped = Decimal.min(Decimal.max(moved, kind.min), kind.max);
  return clamped.toFixed();
}

/** The outcome of a direct engine run on the scenario with one field set, parsed by the real schema. */
function direct(s: Scenario, field: AnalysisField, value: string) {
  const { summary } = simulate(parseScenario(withField(s, field, value)));
  return {
    partnershipBreakEvenMonth: summary.partnershipBreakEvenMonth,
    breakEvenMonth: summary.breakEvenMonth,
    finalPosition: { msp: summary.totals.msp.position, isv: summary.totals.isv.position },
  };
}

function checkAgainstEngine(s: Scenario, pct: string) {
  const result = sensitivity(s, pct);
  expect(result.rows.map((r) => r.field)).toEqual(SENSITIVITY_FIELDS);
  const { summary } = simulate(s);
  expect(result.base.partnershipBreakEvenMonth).toBe(summary.partnershipBreakEvenMonth);
  for (const row of result.rows) {
    expect(row.base).toBe(readField(s, row.field));
    for (const [point, direction] of [
      [row.low, -1],
      [row.high, 1],
    ] as const) {
      expect(point.value).toBe(expectedMove(row.base, pct, direction, row.field));
      const { value, clamped: _clamped, ...outcome } = point;
      expect(outcome).toEqual(direct(s, row.field, value));
    }
  }
}

describe('sensitivity', () => {
  it('moves each input by the percentage and matches a direct engine run for the default scenario', () => {
    checkAgainstEngine(scenario(), '20');
  });

  it('matches direct engine runs on random scenarios and percentages', () => {
    const pct = fc
      .integer({ min: 1, max: 10_000 })
      .map((h) => parseSensitivityPct(String(h / 100)) ?? '20');
    fc.assert(
      fc.property(
        scenarioArb({ money: 2_000, hours: 50, count: 50, maxHorizon: 60 }),
        pct,
        (s, p) => checkAgainstEngine(s, p),
      ),
      { numRuns: 40, seed: 7 },
    );
  });

  it('rounds moved values half away from zero at the field precision and clamps to the bounds', () => {
    // 0.25 hours − 20 % = 0.2; 390.05 + 0.5 % = 391.99025 → 391.99; 1.0001 % × 1.5 = 1.50015 → 1.5002.
    expect(movedSteps('msp.hoursPerInstance', 2500n, '20', -1)).toEqual({
      steps: 2000n,
      clamped: false,
    });
    expect(movedSteps('price.perInstance', 39005n, '0.5', 1)).toEqual({
      steps: 39200n,
      clamped: false,
    });
    expect(movedSteps('growth.churnPct', 10001n, '50', 1)).toEqual({
      steps: 15002n,
      clamped: false,
    });
    // Churn at 90 % + 20 % would be 108 %: clamped to 100 %.
    expect(movedSteps('growth.churnPct', 900000n, '20', 1)).toEqual({
      steps: 1000000n,
      clamped: true,
    });
    // −100 % is exactly 0, inside the bounds.
    expect(movedSteps('msp.initHours', 12345n, '100', -1)).toEqual({ steps: 0n, clamped: false });
  });

  it('accepts move percentages above 0 up to 100 with at most two decimals', () => {
    expect(parseSensitivityPct('20')).toBe('20');
    expect(parseSensitivityPct('12.50')).toBe('12.5');
    expect(parseSensitivityPct('100')).toBe('100');
    for (const bad of ['0', '-5', '100.01', '1.234', 'abc', '', '1e1']) {
      expect(parseSensitivityPct(bad)).toBeNull();
    }
  });

  it('reports progress after every engine run, ending at the total', () => {
    const steps = sensitivitySteps(scenario(), '20');
    const seen: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) {
      seen.push(next.value.done);
      expect(next.value.total).toBe(1 + 2 * SENSITIVITY_FIELDS.length);
    }
    expect(seen).toEqual(
      Array.from({ length: 1 + 2 * SENSITIVITY_FIELDS.length }, (_, i) => i + 1),
    );
  });
});

function magnitude(e: Effect): [number, bigint] {
  if (e.kind === 'lost' || e.kind === 'gained') return [1, 0n];
  if (e.kind === 'months') return [0, BigInt(Math.abs(e.delta))];
  if (e.kind === 'money') return [0, e.cents < 0n ? -e.cents : e.cents];
  return [0, 0n];
}

describe('tornado ranking', () => {
  const metrics: SensitivityMetric[] = [
    'partnershipBreakEven',
    'finalPosition.msp',
    'finalPosition.isv',
  ];

  it('puts the largest effect first for every metric', () => {
    const result = sensitivity(scenario());
    for (const metric of metrics) {
      const sizes = rankSensitivity(result, metric).map((r) => {
        const [a, b] = [magnitude(r.low), magnitude(r.high)];
        if (a[0] !== b[0]) return a[0] > b[0] ? a : b;
        return a[1] > b[1] ? a : b;
      });
      for (let i = 1; i < sizes.length; i++) {
        const [prev, cur] = [sizes[i - 1]!, sizes[i]!];
        expect(prev[0] > cur[0] || (prev[0] === cur[0] && prev[1] >= cur[1])).toBe(true);
      }
    }
  });

  it('gives exact differences of the final positions', () => {
    const s = scenario();
    const result = sensitivity(s);
    const ranked = rankSensitivity(result, 'finalPosition.isv');
    const price = ranked.find((r) => r.row.field === 'price.perInstance')!;
    const base = simulate(s).summary.totals.isv.position;
    const high = direct(s, 'price.perInstance', price.row.high.value).finalPosition.isv;
    const expected = new Decimal(high).minus(base).toFixed(2);
    expect(price.high).toMatchObject({ kind: 'money', delta: expected, value: high });
  });

  it('ranks losing break-even within the horizon above any change of the month', () => {
    // The default breaks even in month 26, with price − 50 % only in month 46: past a 40-month horizon.
    const s = scenario({ horizonMonths: 40 });
    const result = sensitivity(s, '50');
    const ranked = rankSensitivity(result, 'partnershipBreakEven');
    expect(ranked[0]!.row.field).toBe('price.perInstance');
    expect(ranked[0]!.low).toEqual({ kind: 'lost' });
    expect(isNoChange(ranked[0]!.low)).toBe(false);
  });

  it('says "gained" when the base never breaks even and a move makes it', () => {
    const s = scenario({ horizonMonths: 25 }); // breaks even in month 26 with the default inputs
    const ranked = rankSensitivity(sensitivity(s), 'partnershipBreakEven');
    const price = ranked.find((r) => r.row.field === 'price.perInstance')!;
    expect(price.low).toEqual({ kind: 'still-never' });
    expect(price.high.kind).toBe('gained');
    expect(isNoChange(price.low)).toBe(true);
  });
});
