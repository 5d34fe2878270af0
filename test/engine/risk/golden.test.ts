import { describe, expect, it } from 'vitest';
import { parseAnyScenario, risk } from '../../../src/engine/index';
import { goldenRiskVectors } from '../../golden';

/** spec section 11: every golden/risk vector's result, field for field, as JSON values. */
const vectors = goldenRiskVectors().map((v) => ({
  ...v,
  expected: v.expected as Record<string, unknown>,
}));

describe('risk golden vectors (spec section 10)', () => {
  it('are all there', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(8);
  });

  it.each(vectors)('$file: $description', (vector) => {
    const result = JSON.parse(JSON.stringify(risk(parseAnyScenario(vector.scenario)))) as Record<
      string,
      unknown
    >;
    // Field by field first, so that a failure names the part that differs.
    for (const key of Object.keys(vector.expected)) {
      expect(result[key], key).toEqual(vector.expected[key]);
    }
    expect(result).toEqual(vector.expected);
  });
});
