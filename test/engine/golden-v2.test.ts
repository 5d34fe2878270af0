import { describe, expect, it } from 'vitest';
import {
  parseAnyScenario,
  safeParseAnyScenario,
  simulate,
  toCanonical,
} from '../../src/engine/index';
import { simulateVia } from '../../src/engine/simulate';
import { goldenV2Vectors, goldenVectors, rejectionV2Vectors, rejectionVectors } from '../golden';

/** The format-2 golden vectors (spec section 11), and format 1 read through the same reader. */

const rejectedPaths = (input: unknown): string[] => {
  const result = safeParseAnyScenario(input);
  return result.ok ? [] : result.issues.map((issue) => issue.path).sort();
};

describe('the format-2 golden vectors', () => {
  const vectors = goldenV2Vectors();

  it('are all there', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(12);
    expect(rejectionV2Vectors().length).toBeGreaterThanOrEqual(29);
  });

  for (const vector of vectors) {
    it(`${vector.file}: ${vector.description}`, () => {
      const result = toCanonical(simulate(parseAnyScenario(vector.scenario)));
      expect(result).toEqual(vector.expected);
    });
  }

  it('come out the same when every one is forced through the BigInt path', () => {
    for (const vector of vectors) {
      const result = toCanonical(simulateVia(parseAnyScenario(vector.scenario), 'bigint'));
      expect(result, vector.file).toEqual(vector.expected);
    }
  });

  for (const vector of rejectionV2Vectors()) {
    it(`rejects ${vector.file} (${vector.description}) naming exactly ${vector.paths.join(', ')}`, () => {
      expect(rejectedPaths(vector.input)).toEqual([...vector.paths].sort());
    });
  }
});

describe('format-1 golden vectors read as format 2', () => {
  it('simulate to the same canonical results', () => {
    for (const vector of goldenVectors()) {
      const scenario = parseAnyScenario(vector.scenario);
      expect(scenario.version, vector.file).toBe(2);
      expect(toCanonical(simulate(scenario)), vector.file).toEqual(vector.expected);
    }
  });

  it('are rejected naming exactly the format-1 paths', () => {
    for (const vector of rejectionVectors()) {
      expect(rejectedPaths(vector.input), vector.file).toEqual([...vector.paths].sort());
    }
  });
});
