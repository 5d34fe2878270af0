import { describe, expect, it } from 'vitest';
import {
  UNCERTAIN_FIELDS,
  isUncertainField,
  parseAnyScenario,
  uncertainFieldIndex,
  uncertainMode,
} from '../../src/engine/index';
import { v2Input } from './v2-builders';

/** Table 10.1: the order is the sampling index, so it is pinned here field by field. */
const TABLE_10_1 = [
  ['price.perInstance', 'money', '0', '1000000000', 2],
  ['price.yearlyChangePct', 'percent', '-50', '100', 4],
  ['growth.startInstances', 'count', '0', '10000000', 6],
  ['growth.newPerMonth', 'count', '0', '10000000', 6],
  ['growth.growthPct', 'percent', '0', '100', 4],
  ['growth.churnPct', 'percent', '0', '100', 4],
  ['growth.maxInstances', 'integer', '1', '10000000', 0],
  ['costs.yearlyChangePct', 'percent', '-50', '100', 4],
  ['investmentMonths', 'integer', '0', '600', 0],
  ['msp.initEffortPct', 'effort', '0', '1000', 2],
  ['msp.monthlyEffortPct', 'effort', '0', '1000', 2],
  ['msp.perInstanceEffortPct', 'effort', '0', '1000', 2],
  ['isv.initEffortPct', 'effort', '0', '1000', 2],
  ['isv.monthlyEffortPct', 'effort', '0', '1000', 2],
  ['isv.perInstanceEffortPct', 'effort', '0', '1000', 2],
] as const;

describe('UNCERTAIN_FIELDS', () => {
  it('lists the 15 inputs of table 10.1 in index order, with kind, bounds and decimals', () => {
    expect(
      UNCERTAIN_FIELDS.map((f) => [f.field, f.kind, f.min, f.max, f.decimals] as const),
    ).toEqual(TABLE_10_1);
    TABLE_10_1.forEach(([field], index) => expect(uncertainFieldIndex(field)).toBe(index));
  });

  it('says whose hours, and which, each effort field scales', () => {
    const efforts = UNCERTAIN_FIELDS.filter((f) => f.effort !== null).map((f) => [
      f.field,
      f.effort,
    ]);
    expect(efforts).toEqual([
      ['msp.initEffortPct', { partner: 'msp', category: 'init' }],
      ['msp.monthlyEffortPct', { partner: 'msp', category: 'monthly' }],
      ['msp.perInstanceEffortPct', { partner: 'msp', category: 'perInstance' }],
      ['isv.initEffortPct', { partner: 'isv', category: 'init' }],
      ['isv.monthlyEffortPct', { partner: 'isv', category: 'monthly' }],
      ['isv.perInstanceEffortPct', { partner: 'isv', category: 'perInstance' }],
    ]);
  });

  it('knows no other names', () => {
    expect(uncertainFieldIndex('msp.hourlyRate')).toBe(-1);
    expect(isUncertainField('msp.hourlyRate')).toBe(false);
    expect(isUncertainField(0)).toBe(false);
    expect(isUncertainField('growth.churnPct')).toBe(true);
  });
});

describe('uncertainMode', () => {
  const scenario = parseAnyScenario(v2Input());

  it("is the scenario's own value as text, 100 for an effort field", () => {
    expect(uncertainMode(scenario, 'price.perInstance')).toBe('390');
    expect(uncertainMode(scenario, 'growth.maxInstances')).toBe('300');
    expect(uncertainMode(scenario, 'investmentMonths')).toBe('6');
    expect(uncertainMode(scenario, 'isv.monthlyEffortPct')).toBe('100');
  });

  it('is null for the cap of a scenario without one', () => {
    const uncapped = { ...scenario, growth: { ...scenario.growth, maxInstances: null } };
    expect(uncertainMode(uncapped, 'growth.maxInstances')).toBeNull();
  });
});
