import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../src/engine/index';
import { simulateVia } from '../../src/engine/simulate';
import { goldenVectors } from '../golden';

describe('the golden vectors of ENGINE_SPEC.md', () => {
  for (const vector of goldenVectors()) {
    it(`${vector.file}: ${vector.description}`, () => {
      const result = toCanonical(simulate(parseScenario(vector.scenario)));
      expect(result).toEqual(vector.expected);
    });
  }

  it('come out the same when every one is forced through the BigInt path', () => {
    for (const vector of goldenVectors()) {
      const result = toCanonical(simulateVia(parseScenario(vector.scenario), 'bigint'));
      expect(result, vector.file).toEqual(vector.expected);
    }
  });
});
