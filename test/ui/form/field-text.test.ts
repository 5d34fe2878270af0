import { afterEach, describe, expect, it } from 'vitest';
import { FIELDS, safeParseScenario } from '../../../src/engine';
import { issueText, labelOf } from '../../../src/ui/form/field-text';
import { activateMessages } from '../../../src/ui/i18n';
import { en } from '../../../src/ui/i18n/catalog/en';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { withField } from '../../engine/schema-builders';

afterEach(() => activateMessages('en', compiledEn));

/** Values that each field's schema refuses, of every kind of problem. */
const INVALID: Record<string, readonly unknown[]> = {
  money: ['-1', '1000000001', '1.234', 'abc', '01'],
  hours: ['-0.5', '1000001', '0.12345', '1e3'],
  count: ['-1', '10000001', '0.1234567', ' 3'],
  percent: ['-51', '101', '1.23456', '+2'],
  integer: ['-1', '6001', '1.5', 'x'],
  text: ['', 'x'.repeat(81)],
};

describe('the form’s wording of engine issues', () => {
  it('has every registry label in the catalogue, as the registry words it in English', () => {
    for (const entry of FIELDS) {
      expect({ key: entry.labelKey, label: en[entry.labelKey as keyof typeof en] }).toEqual({
        key: entry.labelKey,
        label: entry.label,
      });
    }
  });

  it('words every coded issue in English exactly as the engine’s message', () => {
    let checked = 0;
    for (const entry of FIELDS.filter((e) => e.form !== undefined)) {
      for (const value of INVALID[entry.kind] ?? []) {
        const result = safeParseScenario(withField(entry.path, value), { codes: true });
        for (const issue of result.ok ? [] : result.issues) {
          if (issue.code === undefined) continue;
          expect(issueText(issue)).toBe(issue.message);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('words them in German, with the German label and Swiss grouping', () => {
    activateMessages('de', compiledDe);
    const result = safeParseScenario(withField('growth.maxInstances', '0'), { codes: true });
    const issue = result.ok ? undefined : result.issues[0];
    expect(issue && issueText(issue)).toBe(
      'Obergrenze der Instanzen muss eine ganze Zahl von 1 bis 10’000’000 sein, oder leer für keine Obergrenze',
    );
    expect(labelOf(FIELDS.find((e) => e.path === 'price.perInstance') ?? FIELDS[0]!)).toBe(
      'Preis pro Instanz und Monat',
    );
  });
});
