import { describe, expect, it } from 'vitest';
import { defaultScenario, risk, upgradeScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { overlayOf } from '../../../src/ui/risk/overlay-lines';

describe('the risk lines over the timeline', () => {
  it('hold every month; beyond 240 months a month takes the next band month’s value', () => {
    const base = upgradeScenario({
      ...(structuredClone(defaultScenario) as Scenario),
      horizonMonths: 600,
    });
    const s = {
      ...base,
      uncertainty: {
        runs: 20,
        seed: 3,
        ranges: [{ field: 'msp.initEffortPct' as const, low: '80', high: '150' }],
      },
    };
    const r = risk(s);
    const o = overlayOf(r, 600, { msp: 'VSHN', isv: 'ISV' });
    expect(o.horizon).toBe(600);
    expect(o.lines.map((l) => l.key)).toEqual([
      'risk-msp-p10',
      'risk-msp-p50',
      'risk-msp-p90',
      'risk-isv-p10',
      'risk-isv-p50',
      'risk-isv-p90',
    ]);
    const p50 = o.lines[1]?.values;
    expect(p50?.length).toBe(600);
    // Band months are ceil(i × 600 / 240): 3, 5, 8, …; months 1–3 take month 3's value.
    expect(r.bands.months.slice(0, 3)).toEqual([3, 5, 8]);
    expect(p50?.[0]).toBe(Number(r.bands.msp.p50[0]));
    expect(p50?.[2]).toBe(Number(r.bands.msp.p50[0]));
    expect(p50?.[3]).toBe(Number(r.bands.msp.p50[1]));
    expect(p50?.[599]).toBe(Number(r.bands.msp.p50.at(-1)));
  });
});
