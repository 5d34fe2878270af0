import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate, toCanonical } from '../../src/engine';
import type { Scenario, ScenarioV2 } from '../../src/engine';
import { decodeScenarioHash } from '../../src/url/codec';
import { restoreScenarioJson } from '../../src/url/gate';
import { readScenarioText } from '../../src/url/strict-read';

interface FrozenCase {
  title: string;
  link: string;
  file: string;
  summary: unknown;
}

/**
 * What people already hold: links and exported files the app wrote while it wrote scenario
 * format 1, frozen once. Whatever format the app writes later, each must open with exactly
 * the same figures, in the app (link, import) and in the command-line tools.
 */
const frozen = JSON.parse(
  readFileSync(new URL('./fixtures/app-format-1.json', import.meta.url), 'utf8'),
) as { cases: FrozenCase[] };

const summaryOf = (scenario: Scenario | ScenarioV2) => toCanonical(simulate(scenario)).summary;

describe('links and files written by the app in format 1', () => {
  it.each(frozen.cases)('$title: the link opens with the same figures', ({ link, summary }) => {
    const opened = decodeScenarioHash(link);
    expect(opened).toMatchObject({ ok: true, replaced: [], ignored: [] });
    if (opened?.ok) expect(summaryOf(opened.scenario)).toEqual(summary);
  });

  it.each(frozen.cases)('$title: the file imports with the same figures', ({ file, summary }) => {
    const imported = restoreScenarioJson(file);
    expect(imported).toMatchObject({ ok: true, replaced: [], ignored: [] });
    if (imported.ok) expect(summaryOf(imported.scenario)).toEqual(summary);
  });

  it.each(frozen.cases)(
    '$title: the command-line tools read the file alike',
    ({ file, summary }) => {
      const read = readScenarioText(file);
      expect(read.ok).toBe(true);
      if (read.ok) expect(summaryOf(read.scenario)).toEqual(summary);
    },
  );
});
