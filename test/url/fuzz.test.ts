import fc from 'fast-check';
import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine';
import { decodeScenarioHash, decodeScenarioPayload } from '../../src/url/codec';
import type { GateResult } from '../../src/url/gate';
import { restoreScenarioJson } from '../../src/url/gate';
import { gateMessage } from '../../src/url/messages';
import { scenarioShapedJunk } from './arbitraries';

/** What every answer of the gate must satisfy, whatever went in. */
function expectWellFormed(result: GateResult | null): void {
  expect(result).not.toBeNull();
  if (!result) return;
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    // Every accepted scenario is valid for the engine, exactly as given.
    expect(parseScenario(result.scenario)).toEqual(result.scenario);
    // Nothing replaced silently: a message exists whenever something was changed.
    const changed = result.replaced.length + result.ignored.length > 0;
    expect(gateMessage(result, 'link') !== null).toBe(changed);
  } else {
    expect(gateMessage(result, 'link')?.summary).toMatch(/\S/);
  }
}

const link = (value: unknown) =>
  `#s=${lzString.compressToEncodedURIComponent(JSON.stringify(value))}`;

describe('the gate under fuzzing', () => {
  it('answers any JSON value encoded as a link with a result value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(decodeScenarioHash(link(value)))),
      { numRuns: 500 },
    );
  });

  it('answers scenario-shaped objects with junk in any field, keeping every accepted one valid', () => {
    fc.assert(
      fc.property(scenarioShapedJunk, (value) => expectWellFormed(decodeScenarioHash(link(value)))),
      { numRuns: 500 },
    );
  });

  it('answers random strings as link payloads', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$%';
    const lzLike = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 300 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), lzLike, fc.string({ unit: 'binary' })), (payload) =>
        expectWellFormed(decodeScenarioPayload(payload)),
      ),
      { numRuns: 1000 },
    );
  });

  it('answers random text as an imported file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) =>
        expectWellFormed(restoreScenarioJson(text)),
      ),
      { numRuns: 500 },
    );
  });
});
