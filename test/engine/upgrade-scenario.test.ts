import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  parseAnyScenario,
  parseScenario,
  simulate,
  upgradeScenario,
} from '../../src/engine/index';
import { HUGE, ORDINARY, scenarioArb } from './scenario-arbitrary';

/** Format 1 read as format 2 (spec section 9): one "All costs" item per partner, default uncertainty. */

describe('upgradeScenario', () => {
  it('turns each partner into one item at the partner rate and adds the default uncertainty', () => {
    const v2 = upgradeScenario(defaultScenario);
    expect(v2.version).toBe(2);
    expect(v2.msp).toEqual({
      label: 'VSHN',
      hourlyRate: '110',
      items: [
        {
          label: 'All costs',
          hourlyRate: null,
          initHours: '200',
          initOther: '5000',
          monthlyHours: '16',
          monthlyOther: '300',
          hoursPerInstance: '0.5',
          otherPerInstance: '20',
        },
      ],
    });
    expect(v2.uncertainty).toEqual({ runs: 1000, seed: 1, ranges: [] });
    const { msp: _m, isv: _i, version: _v, uncertainty: _u, ...rest } = v2;
    const { msp: _m1, isv: _i1, version: _v1, ...rest1 } = defaultScenario;
    expect(rest).toEqual(rest1);
  });

  it('shares nothing with the format-1 scenario, which may be frozen', () => {
    const v2 = upgradeScenario(defaultScenario);
    v2.price.perInstance = '1';
    v2.growth.maxInstances = null;
    expect(defaultScenario.price.perInstance).toBe('390');
    expect(defaultScenario.growth.maxInstances).toBe(300);
  });

  it('is what the reader makes of a format-1 file', () => {
    expect(parseAnyScenario(structuredClone(defaultScenario))).toEqual(
      upgradeScenario(parseScenario(defaultScenario)),
    );
  });

  it('gives a valid format-2 scenario that reads back as itself', () => {
    fc.assert(
      fc.property(scenarioArb(), (s) => {
        const v2 = upgradeScenario(s);
        expect(parseAnyScenario(JSON.parse(JSON.stringify(v2)))).toEqual(v2);
      }),
      { numRuns: 100 },
    );
  });

  it('simulates exactly like the format-1 scenario (ordinary magnitudes)', () => {
    fc.assert(
      fc.property(scenarioArb({ ...ORDINARY, maxHorizon: 600 }), (s) => {
        expect(simulate(upgradeScenario(s))).toEqual(simulate(s));
      }),
      { numRuns: 150 },
    );
  });

  it('simulates exactly like the format-1 scenario (huge magnitudes)', () => {
    fc.assert(
      fc.property(scenarioArb(HUGE), (s) => {
        expect(simulate(upgradeScenario(s))).toEqual(simulate(s));
      }),
      { numRuns: 60 },
    );
  });
});
