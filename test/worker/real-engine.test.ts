import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../src/engine';
import { createEngineRunner, type RunUpdate } from '../../src/worker/engine-runner';
import { serializingTransport } from '../../src/worker/transports';
import { goldenVectors } from '../golden';

/**
 * The whole path the app uses (request → structuredClone → engine → wire format → structuredClone
 * → main-thread result), on the real engine: every golden vector comes back exact to the cent,
 * including those whose amounts pass int64 and travel as strings.
 */
describe('the engine behind the serializing runner', () => {
  for (const vector of goldenVectors()) {
    it(`returns ${vector.file} exactly`, async () => {
      const updates: RunUpdate[] = [];
      const runner = createEngineRunner(serializingTransport(simulate), (u) => updates.push(u));
      runner.submit(parseScenario(vector.scenario));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const update = updates[0];
      if (update?.kind !== 'output') throw new Error(`no result: ${JSON.stringify(update)}`);
      expect(toCanonical(update.output.result)).toEqual(vector.expected);
    });
  }
});
