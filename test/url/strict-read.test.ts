import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  parseScenario,
  simulate,
  toCanonical,
  upgradeScenario,
} from '../../src/engine';
import { runSimulate } from '../../src/cli/run-simulate';
import { PRESETS } from '../../src/state/presets';
import { restoreScenarioJson } from '../../src/url/gate';
import { scenarioFileText } from '../../src/url/scenario-file';
import { readScenarioText } from '../../src/url/strict-read';
import { fakeIo } from '../cli/fake-io';
import { SYNTHETIC, SYNTHETIC_V0 } from './synthetic-v0';

describe('the strict reader (the command-line tools’ door to the gate)', () => {
  it('reads every file the app exports as the scenario the app holds', () => {
    for (const preset of PRESETS) {
      const scenario = parseScenario(preset.scenario);
      expect(readScenarioText(scenarioFileText(scenario))).toEqual({
        ok: true,
        scenario: upgradeScenario(scenario),
      });
    }
  });

  it('upgrades a file an older app exported (complete, as exports are) through the link upgraders, as the app does', () => {
    const old = JSON.stringify({ ...SYNTHETIC_V0, title: 'Old file', pricePerInstance: '310' });
    const app = restoreScenarioJson(old, SYNTHETIC);
    expect(app.ok).toBe(true);
    if (!app.ok) return;
    expect(readScenarioText(old, SYNTHETIC)).toEqual({
      ok: true,
      scenario: upgradeScenario(app.scenario),
    });
  });

  it('refuses an invalid field of an older format instead of restoring its default', () => {
    const old = JSON.stringify({ ...SYNTHETIC_V0, pricePerInstance: '-1' });
    expect(restoreScenarioJson(old, SYNTHETIC)).toMatchObject({ ok: true });
    const strict = readScenarioText(old, SYNTHETIC);
    expect(strict.ok).toBe(false);
    expect(
      strict.ok === false && 'issues' in strict ? strict.issues.map((i) => i.path) : [],
    ).toEqual(['price.perInstance']);
  });

  it('leaves formats the engine reads to the engine, so problems keep the file’s own paths', () => {
    const bad = JSON.stringify({
      ...defaultScenario,
      msp: { ...defaultScenario.msp, hourlyRate: 'x' },
    });
    const read = readScenarioText(bad);
    expect(read.ok === false && 'issues' in read ? read.issues.map((i) => i.path) : []).toEqual([
      'msp.hourlyRate',
    ]);
  });

  it('says when the text is not JSON', () => {
    expect(readScenarioText('{"version": 1,')).toMatchObject({
      ok: false,
      notJson: expect.any(String),
    });
  });
});

describe('the command-line simulator on the app’s exported files', () => {
  it('prints for each preset’s exported file the result the app computes', async () => {
    const files = Object.fromEntries(
      PRESETS.map((p, i) => [`p${i}.json`, scenarioFileText(parseScenario(p.scenario))]),
    );
    const { io, out, err } = fakeIo(files);
    expect(await runSimulate(Object.keys(files), io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.map((line) => JSON.parse(line) as unknown)).toEqual(
      PRESETS.map((p) => toCanonical(simulate(parseScenario(p.scenario)))),
    );
  });
});
