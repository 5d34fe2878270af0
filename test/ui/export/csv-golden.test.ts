import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../../src/engine/index';
import type { CanonicalMonth } from '../../../src/engine/index';
import { csvFileName, monthsCsv } from '../../../src/ui/export/csv';
import { goldenVectors } from '../../golden';
import { parseCsv } from './rfc4180';

const PARTNER_FIELDS = ['cost', 'share', 'position', 'catch-up', 'equal split', 'proportional'];

/** Reads the export back into the shape of the engine's canonical months (spec section 7). */
function monthsFromCsv(text: string): {
  header: string[];
  months: CanonicalMonth[];
  breakdown: string[][];
} {
  const [header = [], ...rows] = parseCsv(text);
  const months = rows.map((r) => {
    const cell = (i: number) => r[i] ?? 'missing';
    return {
      month: Number(cell(0)),
      phase: Number(cell(1)),
      instances: cell(2),
      billedInstances: Number(cell(3)),
      price: cell(4),
      revenue: cell(5),
      msp: { cost: cell(6), share: cell(7), position: cell(8) },
      isv: { cost: cell(12), share: cell(13), position: cell(14) },
    };
  });
  const breakdown = rows.map((r) => [...r.slice(9, 12), ...r.slice(15, 18)]);
  return { header, months, breakdown };
}

const cents = (text: string) => BigInt(text.replace('.', ''));

describe('the CSV export of every golden vector', () => {
  for (const vector of goldenVectors()) {
    it(`${vector.file}: equals the engine's canonical months, field for field`, () => {
      const scenario = parseScenario(vector.scenario);
      const result = simulate(scenario);
      const text = monthsCsv(result, scenario);
      const { header, months, breakdown } = monthsFromCsv(text);

      expect(header).toHaveLength(18);
      expect(months).toEqual(toCanonical(result).months);
      // ... which are the golden file's own expected months.
      expect(months).toEqual((vector.expected as { months: unknown }).months);

      // The breakdown columns are the engine's too: in the profitable phases a partner's share is
      // its cost plus catch-up, equal split and proportional part; before that they are zero.
      months.forEach((m, i) => {
        const parts = breakdown[i] ?? [];
        (['msp', 'isv'] as const).forEach((p, k) => {
          const sum = parts.slice(3 * k, 3 * k + 3).reduce((a, b) => a + cents(b), 0n);
          const expected = m.phase >= 3 ? cents(m[p].share) - cents(m[p].cost) : 0n;
          expect(sum).toBe(expected);
        });
      });
    });
  }
});

describe('user text in the export', () => {
  const golden = goldenVectors().find((v) => v.file.startsWith('01'));
  if (!golden) throw new Error('golden vector 01 missing');
  const base = golden.scenario as Record<string, Record<string, unknown>>;

  const withText = (name: string, msp: string, isv: string) =>
    parseScenario({
      ...base,
      name,
      msp: { ...base.msp, label: msp },
      isv: { ...base.isv, label: isv },
    });

  it('keeps a hostile scenario name out of the content and makes a safe file name of it', () => {
    const scenario = withText('=HYPERLINK("http://x"), "Q3", final', 'VSHN', 'ISV');
    const text = monthsCsv(simulate(scenario), scenario);
    expect(text).not.toContain('HYPERLINK');
    expect(monthsFromCsv(text).months).toEqual(toCanonical(simulate(scenario)).months);
    expect(csvFileName(scenario.name)).toBe('hyperlink-http-x-q3-final-months.csv');
  });

  it('defuses partner labels that start like a formula, and leaves negative amounts alone', () => {
    for (const [msp, isv] of [
      ['=cmd|"/C calc"!A0', '+ISV, Inc.'],
      ['@SUM(1+1)', '-2+3'],
    ] as const) {
      const scenario = withText('Example', msp, isv);
      const result = simulate(scenario);
      const { header, months } = monthsFromCsv(monthsCsv(result, scenario));
      expect(header.slice(6, 9)).toEqual(
        ['cost', 'share', 'position'].map((f) => `'${msp} ${f} (CHF)`),
      );
      expect(header.slice(12, 15)).toEqual(
        ['cost', 'share', 'position'].map((f) => `'${isv} ${f} (CHF)`),
      );
      expect(months).toEqual(toCanonical(result).months);
      expect(months[0]?.msp.position).toMatch(/^-\d+\.\d\d$/);
    }
  });

  it('names the header after the partner labels', () => {
    const scenario = withText('Example', 'VSHN', 'Acme');
    const { header } = monthsFromCsv(monthsCsv(simulate(scenario), scenario));
    expect(header.slice(6, 12)).toEqual(PARTNER_FIELDS.map((f) => `VSHN ${f} (CHF)`));
    expect(header.slice(12)).toEqual(PARTNER_FIELDS.map((f) => `Acme ${f} (CHF)`));
  });
});
