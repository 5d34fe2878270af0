import { describe, expect, it } from 'vitest';
import { defaultScenario, intAt, parseScenario, simulate } from '../../src/engine';
import type { Phase, Scenario, SimulationResult } from '../../src/engine';
import { PRESETS, presetMatching } from '../../src/state/presets';

function preset(id: string): Scenario {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.scenario;
}

function phasesOf(result: SimulationResult): Set<Phase> {
  return new Set([...result.phase] as Phase[]);
}

function totalCatchUp(result: SimulationResult, partner: 'msp' | 'isv'): bigint {
  let sum = 0n;
  for (let i = 0; i < result.horizonMonths; i++) sum += intAt(result[partner].catchUp, i);
  return sum;
}

const base = simulate(defaultScenario as Scenario);

describe('presets', () => {
  it('has the five demo presets, each explained in one sentence', () => {
    expect(PRESETS.map((p) => p.title)).toEqual([
      'ISV invests more',
      'MSP invests more',
      'Equal investments',
      'Slow start',
      'Fast growth into a market cap',
    ]);
    for (const p of PRESETS) expect(p.explanation).toMatch(/^[^.]+\.$/);
  });

  it('holds only valid, canonical scenarios', () => {
    for (const p of PRESETS) expect(parseScenario(p.scenario)).toEqual(p.scenario);
  });

  it('starts "ISV invests more" from the default scenario, showing all five phases', () => {
    expect(preset('isv-invests-more')).toEqual(defaultScenario);
    expect(phasesOf(base)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(totalCatchUp(base, 'isv')).toBeGreaterThan(0n);
    expect(totalCatchUp(base, 'msp')).toBe(0n);
  });

  it('lets the MSP catch up when it invests more', () => {
    const result = simulate(preset('msp-invests-more'));
    expect(phasesOf(result)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(totalCatchUp(result, 'msp')).toBeGreaterThan(0n);
    expect(totalCatchUp(result, 'isv')).toBe(0n);
  });

  it('skips phase 3 with equal investments and splits evenly', () => {
    const result = simulate(preset('equal-investments'));
    expect(phasesOf(result)).toEqual(new Set([1, 2, 4, 5]));
    expect(result.summary.totals.msp.position).toBe(result.summary.totals.isv.position);
  });

  it('shows a long cash-flow negative phase and a late break-even on a slow start', () => {
    const result = simulate(preset('slow-start'));
    expect(phasesOf(result)).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(result.phase.filter((p) => p === 2).length).toBeGreaterThan(12);
    const breakEven = result.summary.partnershipBreakEvenMonth ?? Infinity;
    expect(breakEven).toBeGreaterThan(48);
    expect(breakEven).toBeLessThanOrEqual(60);
  });

  it('reaches the market cap within two years of go-live with fast growth, breaking even earlier', () => {
    const result = simulate(preset('fast-growth-market-cap'));
    const firstAtCap = [...result.billedInstances].indexOf(150) + 1;
    expect(firstAtCap).toBeGreaterThan(0);
    expect(firstAtCap - result.summary.goLiveMonth + 1).toBeLessThanOrEqual(24);
    expect(Math.max(...result.billedInstances)).toBe(150);
    expect(result.summary.partnershipBreakEvenMonth ?? Infinity).toBeLessThan(
      base.summary.partnershipBreakEvenMonth ?? 0,
    );
  });

  it('recognises the preset a scenario is, and no preset after an edit', () => {
    expect(presetMatching(preset('slow-start'))?.id).toBe('slow-start');
    const edited = structuredClone(preset('slow-start'));
    edited.growth.churnPct = '2';
    expect(presetMatching(edited)).toBeNull();
  });
});
