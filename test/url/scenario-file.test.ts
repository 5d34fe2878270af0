import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateText } from '../../src/cli/run-simulate';
import { defaultScenario } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import {
  MAX_FILE_BYTES,
  readScenarioFile,
  scenarioFileName,
  scenarioFileText,
} from '../../src/url/scenario-file';
import { validScenario } from './arbitraries';

const fileOf = (text: string) => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

describe('export and import of scenario files', () => {
  it('exports the complete scenario, which the command-line simulator accepts', () => {
    const text = scenarioFileText(defaultScenario as Scenario);
    expect(JSON.parse(text)).toEqual(defaultScenario);
    expect(simulateText(text).ok).toBe(true);
  });

  it('imports exactly what it exported, for any valid scenario', async () => {
    await fc.assert(
      fc.asyncProperty(validScenario, async (scenario) => {
        const result = await readScenarioFile(fileOf(scenarioFileText(scenario)));
        expect(result).toEqual({ ok: true, scenario, replaced: [], ignored: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('imports through the gate: a bad field is replaced and reported', async () => {
    const text = JSON.stringify({ ...defaultScenario, currency: 'chf' });
    const result = await readScenarioFile(fileOf(text));
    expect(result).toMatchObject({
      ok: true,
      scenario: { currency: 'CHF' },
      replaced: [{ label: 'Currency' }],
    });
  });

  it('accepts a file saved with a byte-order mark', async () => {
    const result = await readScenarioFile(
      fileOf(`\uFEFF${scenarioFileText(defaultScenario as Scenario)}`),
    );
    expect(result.ok).toBe(true);
  });

  it('refuses files that are not JSON, and huge files without reading them', async () => {
    expect(await readScenarioFile(fileOf('name,price\nx,1'))).toMatchObject({
      ok: false,
      reason: 'not-json',
    });
    let read = false;
    const huge = { size: MAX_FILE_BYTES + 1, text: async () => ((read = true), '{}') };
    expect(await readScenarioFile(huge)).toMatchObject({ ok: false, reason: 'too-long' });
    expect(read).toBe(false);
    const failing = { size: 10, text: () => Promise.reject(new Error('gone')) };
    expect(await readScenarioFile(failing)).toMatchObject({ ok: false, reason: 'unreadable' });
  });

  it('names the file after the scenario', () => {
    const s = structuredClone(defaultScenario) as Scenario;
    expect(scenarioFileName(s)).toBe('example-managed-service.json');
    s.name = 'Zürich <Plan> #2';
    expect(scenarioFileName(s)).toBe('zurich-plan-2.json');
    s.name = '';
    expect(scenarioFileName(s)).toBe('scenario.json');
  });
});
