import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../src/engine/index';
import { goldenVectors } from '../golden';
import { referenceCanonical } from './reference-engine';
import { HUGE, ORDINARY, scenarioArb } from './scenario-arbitrary';

/** The engine against a naive decimal.js transcription of the spec (reference-engine.ts). */
describe('the engine and a naive decimal.js transcription of the spec', () => {
  it('agree with each other where the golden vectors say what is right (short vectors)', () => {
    for (const g of goldenVectors()) {
      const s = parseScenario(g.scenario);
      if (s.horizonMonths > 240) continue;
      expect(referenceCanonical(s), g.file).toEqual(g.expected);
    }
  });

  it.each([
    ['ordinary', ORDINARY],
    ['huge', HUGE],
  ] as const)('agree on every generated scenario (%s magnitudes, up to 240 months)', (_, mag) => {
    fc.assert(
      fc.property(scenarioArb({ ...mag, maxHorizon: 240 }), (s) => {
        expect(toCanonical(simulate(s))).toEqual(referenceCanonical(s));
      }),
      { numRuns: 25 },
    );
  });
});
