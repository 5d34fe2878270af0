import { describe, expect, it } from 'vitest';
import {
  ScenarioError,
  UNCERTAIN_FIELDS,
  parseAnyScenario,
  scenarioV2Schema,
} from '../../src/engine/index';
import { issuesOf, pathsOf, v2Input, withRanges } from './v2-builders';

/** Section 9's rules beyond the golden rejections: what is accepted, and where each problem is named. */

const item = (patch: Record<string, unknown> = {}) => ({
  label: 'Support',
  hourlyRate: null,
  initHours: 0,
  initOther: 0,
  monthlyHours: 1,
  monthlyOther: 0,
  hoursPerInstance: 0,
  otherPerInstance: 0,
  ...patch,
});
const withMspItems = (items: unknown) => {
  const input = v2Input();
  return { ...input, msp: { label: 'VSHN', hourlyRate: 110, items } };
};

describe('format-2 partners', () => {
  it('accept 40 items, an own rate or null, and read them in canonical form', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      item({ hourlyRate: i === 0 ? 165.5 : null }),
    );
    const scenario = parseAnyScenario(withMspItems(items));
    expect(scenario.msp.items).toHaveLength(40);
    expect(scenario.msp.items[0]?.hourlyRate).toBe('165.5');
    expect(scenario.msp.items[1]?.hourlyRate).toBeNull();
    expect(scenario.msp.items[1]?.monthlyHours).toBe('1');
  });

  it('name each bad item by its zero-based index', () => {
    const items = [item(), item(), item(), item({ hourlyRate: '-1', label: '' })];
    expect(pathsOf(withMspItems(items))).toEqual(['msp.items.3.hourlyRate', 'msp.items.3.label']);
  });

  it('count item labels in code points: 60 emoji pass, 61 do not', () => {
    expect(pathsOf(withMspItems([item({ label: '🚀'.repeat(60) })]))).toEqual([]);
    expect(issuesOf(withMspItems([item({ label: '🚀'.repeat(61) })]))).toEqual({
      'msp.items.0.label': 'Item name must be text of 1 to 60 characters',
    });
  });

  it('require the rate of an item, null allowed but not absent', () => {
    const { hourlyRate: _, ...noRate } = item();
    expect(issuesOf(withMspItems([noRate]))).toEqual({ 'msp.items.0.hourlyRate': 'Required' });
  });

  it('report items that are not a list, or not objects', () => {
    expect(pathsOf(withMspItems('all costs'))).toEqual(['msp.items']);
    expect(pathsOf(withMspItems([item(), 7]))).toEqual(['msp.items.1']);
  });
});

describe('the version', () => {
  it('other than 1 or 2 is reported on version alone, whatever else is wrong', () => {
    for (const version of [3, 0, '2', null, 2.5]) {
      expect(issuesOf({ version, msp: 'broken' })).toEqual({
        version: 'Format version must be 1 or 2',
      });
    }
    expect(issuesOf({ msp: 'broken' })).toEqual({ version: 'Required' });
  });

  it('of 1 keeps the format-1 paths for a format-1 problem', () => {
    const v1 = { ...(JSON.parse(JSON.stringify(v2Input())) as object), version: 1 };
    const paths = pathsOf(v1);
    // A format-2 body read as format 1: its items are unknown, format 1's amounts missing.
    expect(paths).toContain('msp.items');
    expect(paths).toContain('msp.initHours');
    expect(paths).toContain('uncertainty');
  });

  it('must be 2 for the format-2 schema itself', () => {
    const result = scenarioV2Schema.safeParse({ ...v2Input(), version: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['version']);
  });

  it('is not needed for a whole input that is not an object: that is reported on ""', () => {
    expect(pathsOf([])).toEqual(['']);
    expect(pathsOf('scenario')).toEqual(['']);
  });

  it('is read without throwing, even from a value whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
      },
    );
    expect(issuesOf(hostile)).toEqual({ '': 'The scenario could not be read' });
  });

  it('throws a ScenarioError from parseAnyScenario', () => {
    expect(() => parseAnyScenario({ version: 3 })).toThrow(ScenarioError);
  });
});

describe('uncertainty', () => {
  it('accepts a range on every field of table 10.1 at once, from its lowest to its highest value', () => {
    const ranges = UNCERTAIN_FIELDS.map(({ field, min, max }) => ({
      field,
      low: min,
      // go-live must stay inside the 120-month horizon
      high: field === 'investmentMonths' ? '119' : max,
    }));
    expect(pathsOf(withRanges(ranges))).toEqual([]);
  });

  it('reads range ends and counts in canonical form', () => {
    const input = withRanges([
      { field: 'isv.initEffortPct', low: '80.00', high: 250 },
      { field: 'investmentMonths', low: '3.0', high: 9 },
    ]);
    const scenario = parseAnyScenario({
      ...input,
      uncertainty: { ...input.uncertainty, runs: '10' },
    });
    expect(scenario.uncertainty).toEqual({
      runs: 10,
      seed: 1,
      ranges: [
        { field: 'isv.initEffortPct', low: '80', high: '250' },
        { field: 'investmentMonths', low: '3', high: '9' },
      ],
    });
  });

  it('checks the ends of a whole-number field as whole numbers', () => {
    expect(issuesOf(withRanges([{ field: 'growth.maxInstances', low: 10.5, high: 400 }]))).toEqual({
      'uncertainty.ranges.0.low':
        'Instance cap (low end) must be a whole number from 1 to 10,000,000',
    });
  });

  it('centres effort ranges on 100', () => {
    const ranges = [
      { field: 'msp.initEffortPct', low: 101, high: 200 },
      { field: 'msp.monthlyEffortPct', low: 50, high: 99.99 },
    ];
    expect(pathsOf(withRanges(ranges))).toEqual([
      'uncertainty.ranges.0.low',
      'uncertainty.ranges.1.high',
    ]);
  });

  it('reports low above and high below the mode once each', () => {
    const ranges = [{ field: 'price.perInstance', low: 400, high: 300 }];
    expect(pathsOf(withRanges(ranges))).toEqual([
      'uncertainty.ranges.0.high',
      'uncertainty.ranges.0.low',
    ]);
  });

  it("skips the checks against the mode where the scenario's value is itself invalid", () => {
    const input = withRanges([{ field: 'growth.churnPct', low: 5, high: 9 }]);
    const broken = { ...input, growth: { ...(input.growth as object), churnPct: 'lots' } };
    expect(pathsOf(broken)).toEqual(['growth.churnPct']);
    // low < high does not depend on the mode, so it is still checked
    const reversed = withRanges([{ field: 'growth.churnPct', low: 9, high: 5 }], {
      growth: { ...(input.growth as object), churnPct: 'lots' },
    });
    expect(issuesOf(reversed)).toEqual({
      'growth.churnPct': expect.any(String) as string,
      'uncertainty.ranges.0.high': 'Monthly churn (high end) must be above the low end',
    });
  });

  it('keeps go-live inside the horizon only when the horizon is valid', () => {
    const range = [{ field: 'investmentMonths', low: 0, high: 130 }];
    expect(pathsOf(withRanges(range, { horizonMonths: 0 }))).toEqual(['horizonMonths']);
    expect(pathsOf(withRanges(range, { horizonMonths: 131 }))).toEqual([]);
    expect(pathsOf(withRanges(range, { investmentMonths: 125 }))).toEqual([
      'investmentMonths',
      'uncertainty.ranges.0.high',
    ]);
  });

  it('still checks the ends of a repeated field', () => {
    const ranges = [
      { field: 'growth.churnPct', low: 0, high: 3 },
      { field: 'growth.churnPct', low: 2, high: '3.00001' },
    ];
    expect(pathsOf(withRanges(ranges))).toEqual([
      'uncertainty.ranges.1.field',
      'uncertainty.ranges.1.high',
      'uncertainty.ranges.1.low',
    ]);
  });

  it('reports a missing or unknown field, and ends that are no numbers at all', () => {
    expect(issuesOf(withRanges([{ low: 1, high: 2 }]))).toEqual({
      'uncertainty.ranges.0.field': 'Required',
    });
    expect(pathsOf(withRanges([{ field: 'msp.hourlyRate', low: 'x', high: true }]))).toEqual([
      'uncertainty.ranges.0.field',
      'uncertainty.ranges.0.high',
      'uncertainty.ranges.0.low',
    ]);
    expect(issuesOf(withRanges([{ field: 'growth.churnPct', low: 0 }]))).toEqual({
      'uncertainty.ranges.0.high': 'Required',
    });
  });

  it('reports ranges that are not a list, and runs and seed at their bounds', () => {
    expect(pathsOf(withRanges({}))).toEqual(['uncertainty.ranges']);
    const ok = { ...v2Input(), uncertainty: { runs: 10_000, seed: 4_294_967_295, ranges: [] } };
    expect(pathsOf(ok)).toEqual([]);
  });
});
