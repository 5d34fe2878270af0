import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { decodeScenarioHash } from '../../src/url/codec';
import { restoreScenario, restoreScenarioJson, type GateResult } from '../../src/url/gate';
import { gateMessage } from '../../src/url/messages';
import { SAVED_KEY_PREFIX, listSaved } from '../../src/url/saved-scenarios';
import { readScenarioFile } from '../../src/url/scenario-file';
import { memoryStorage } from './memory-storage';

/**
 * One field nested thousands deep must cost only that field, wherever the scenario comes from:
 * a recursive copy once ran out of stack at about 4,000 levels and threw the whole input away.
 */

const nestings = {
  arrays: (depth: number) => '['.repeat(depth) + ']'.repeat(depth),
  objects: (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
};

/** The default scenario with price 500, a name, and `msp.hourlyRate` replaced by `nested`. */
const customText = (nested: string) =>
  `{"version":1,"name":"Custom values","price":{"perInstance":"500"},"msp":{"hourlyRate":${nested}}}`;

function expectOnlyHourlyRateReplaced(result: GateResult | null): void {
  expect(result).toMatchObject({
    ok: true,
    scenario: {
      name: 'Custom values',
      price: { perInstance: '500' },
      msp: { hourlyRate: defaultScenario.msp.hourlyRate },
    },
    ignored: [],
  });
  if (!result?.ok) return;
  expect(result.replaced.map((field) => field.path)).toEqual(['msp.hourlyRate']);
  expect(gateMessage(result, 'link')?.summary).toContain('Hourly labour cost (MSP partner)');
}

for (const [shape, nested] of Object.entries(nestings)) {
  describe.each([5_000, 100_000])(`a field of ${shape} nested %i deep`, (depth) => {
    const text = customText(nested(depth));

    it('costs only that field in a link', () => {
      const hash = `#s=${lzString.compressToEncodedURIComponent(text)}`;
      expectOnlyHourlyRateReplaced(decodeScenarioHash(hash));
    });

    it('costs only that field in an imported file', async () => {
      const file = { size: text.length, text: () => Promise.resolve(text) };
      expectOnlyHourlyRateReplaced(await readScenarioFile(file));
    });

    it('costs only that field in a saved entry, which stays loadable', () => {
      const storage = memoryStorage();
      const entry = `{"format":1,"name":"Deep","savedAt":"2026-01-01T00:00:00Z","scenario":${text}}`;
      storage.data.set(`${SAVED_KEY_PREFIX}deep`, entry);
      const { entries, unreadable } = listSaved(storage);
      expect(unreadable).toEqual([]);
      expect(entries[0]?.scenario.price.perInstance).toBe('500');
      expect(entries[0]?.message?.summary).toContain('Hourly labour cost (MSP partner)');
      // Reading it changed nothing in storage.
      expect(storage.data.get(`${SAVED_KEY_PREFIX}deep`)).toBe(entry);
    });

    it('costs only that field when handed to the gate already parsed', () => {
      expectOnlyHourlyRateReplaced(restoreScenario(JSON.parse(text)));
    });
  });
}

describe('deep nesting elsewhere in the input', () => {
  it('in an unknown field: ignored and listed, every known field kept', () => {
    const text = `{"version":1,"price":{"perInstance":"500"},"extra":${nestings.arrays(100_000)}}`;
    expect(restoreScenarioJson(text)).toMatchObject({
      ok: true,
      scenario: { price: { perInstance: '500' } },
      replaced: [],
      ignored: ['extra'],
    });
  });

  it('as a whole section: each of its fields is replaced and named, the rest kept', () => {
    const text = `{"version":1,"name":"Kept","msp":${nestings.arrays(100_000)}}`;
    const result = restoreScenarioJson(text);
    expect(result).toMatchObject({ ok: true, scenario: { name: 'Kept' } });
    if (!result.ok) return;
    expect(result.replaced.map((field) => field.path)).toEqual(
      Object.keys(defaultScenario.msp).map((key) => `msp.${key}`),
    );
  });

  it('under an unknown key of a section: ignored and listed, the section’s fields kept', () => {
    const text = `{"version":1,"msp":{"hourlyRate":"90","a":${nestings.objects(100_000)}}}`;
    expect(restoreScenarioJson(text)).toMatchObject({
      ok: true,
      scenario: { msp: { hourlyRate: '90' } },
      replaced: [],
      ignored: ['msp.a'],
    });
  });

  it('is no reason to call the text too long: only what is left after the cut counts', () => {
    // 2 million characters of brackets, far over MAX_JSON_CHARS, in one field.
    const result = restoreScenarioJson(customText(nestings.arrays(1_000_000)));
    expectOnlyHourlyRateReplaced(result);
  });

  it('with brackets that do not match is still not JSON', () => {
    const broken = `${'['.repeat(10_000)}}${']'.repeat(9_999)}`;
    expect(restoreScenarioJson(customText(broken))).toEqual({ ok: false, reason: 'not-json' });
  });
});
