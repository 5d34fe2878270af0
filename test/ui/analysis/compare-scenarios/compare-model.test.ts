import { describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../../../../src/engine';
import type { Scenario } from '../../../../src/engine';
import { PRESETS } from '../../../../src/state/presets';
import {
  differingInputs,
  inputValue,
  kpiRows,
} from '../../../../src/ui/analysis/compare-scenarios/compare-model';

const base = structuredClone(defaultScenario) as Scenario;
const preset = (id: string) => PRESETS.find((p) => p.id === id)!.scenario;

describe('comparison model', () => {
  it('lists exactly the inputs that differ, with each scenario’s value', () => {
    const slow = preset('slow-start');
    expect(differingInputs([base, slow])).toEqual([
      { path: 'investmentMonths', values: ['6', '12'] },
      { path: 'growth.startInstances', values: ['2', '1'] },
      { path: 'growth.newPerMonth', values: ['3', '1'] },
      { path: 'growth.growthPct', values: ['4', '2'] },
    ]);
    expect(differingInputs([base, structuredClone(base)])).toEqual([]);
    expect(
      inputValue(
        { ...base, growth: { ...base.growth, maxInstances: null } },
        'growth.maxInstances',
      ),
    ).toBe('no cap');
  });

  it('gives each figure exactly, with its difference from the first scenario', () => {
    const other: Scenario = { ...base, price: { ...base.price, perInstance: '400.01' } };
    const [a, b] = [simulate(base).summary, simulate(other).summary];
    const rows = kpiRows([a, b], { msp: 'VSHN', isv: 'ISV' });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('be')?.cells.map((c) => c.value)).toEqual([
      String(a.partnershipBreakEvenMonth),
      String(b.partnershipBreakEvenMonth),
    ]);
    const revenue = byKey.get('revenue')!;
    expect(revenue.cells[0]).toEqual({ value: a.totalRevenue, delta: null });
    const cents = (t: string) => BigInt(t.replace('.', ''));
    const diff = cents(b.totalRevenue) - cents(a.totalRevenue);
    expect(revenue.cells[1]?.delta).toBe(`+${diff / 100n}.${String(diff % 100n).padStart(2, '0')}`);
    const position = byKey.get('position-isv')!;
    expect(position.label).toBe('ISV: final position');
    expect(position.cells[1]?.value).toBe(b.totals.isv.position);
  });

  it('has no difference where a scenario never breaks even', () => {
    const never: Scenario = { ...base, horizonMonths: 12 };
    const rows = kpiRows([simulate(base).summary, simulate(never).summary], { msp: 'A', isv: 'B' });
    expect(rows[0]?.cells[1]).toEqual({ value: null, delta: null });
  });
});
