import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IntColumn } from '../../../src/engine/index';
import type { MonthData } from '../../../src/ui/table/month-columns';
import { csvField, csvFileName, monthsCsv, neutraliseFormula } from '../../../src/ui/export/csv';
import { parseCsv } from './rfc4180';

/** A hand-made three-month result, so these tests do not depend on the simulation. */
function tinyResult(make: (values: number[]) => IntColumn = (v) => Float64Array.from(v)) {
  const partner = (cost: number[], share: number[], position: number[]) => ({
    cost: make(cost),
    share: make(share),
    position: make(position),
    catchUp: make([0, 0, 150]),
    equalSplit: make([0, 0, 7]),
    proportional: make([0, 0, 1]),
  });
  const result: MonthData = {
    horizonMonths: 3,
    phase: Uint8Array.from([1, 2, 3]),
    instances: make([0, 1_500_000, 2_059_467]),
    billedInstances: Float64Array.from([0, 1, 2]),
    price: make([39_000, 39_000, 39_000]),
    revenue: make([0, 39_000, 78_000]),
    msp: partner([656_000, 1_000, 2_000], [0, 100, 2_158], [-656_000, -656_900, -656_742]),
    isv: partner([4_120_009, 5, 5], [0, 38_900, 75_842], [-4_120_009, -4_081_114, -4_005_277]),
  };
  return result;
}

const plainScenario = { currency: 'CHF', msp: { label: 'VSHN' }, isv: { label: 'ISV' } };

describe('monthsCsv', () => {
  it('starts with a header naming every figure, partner figures by the partner label', () => {
    const [header] = parseCsv(monthsCsv(tinyResult(), plainScenario));
    expect(header).toEqual([
      'month',
      'phase',
      'instances',
      'billed instances',
      'price (CHF)',
      'revenue (CHF)',
      ...['VSHN', 'ISV'].flatMap((p) =>
        ['cost', 'share', 'position', 'catch-up', 'equal split', 'proportional'].map(
          (f) => `${p} ${f} (CHF)`,
        ),
      ),
    ]);
  });

  it('writes one row per month with the canonical values, negatives untouched', () => {
    const rows = parseCsv(monthsCsv(tinyResult(), plainScenario)).slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]?.slice(0, 9)).toEqual([
      '1',
      '1',
      '0.000000',
      '0',
      '390.00',
      '0.00',
      '6560.00',
      '0.00',
      '-6560.00',
    ]);
    expect(rows[2]?.slice(0, 12)).toEqual([
      '3',
      '3',
      '2.059467',
      '2',
      '390.00',
      '780.00',
      '20.00',
      '21.58',
      '-6567.42',
      '1.50',
      '0.07',
      '0.01',
    ]);
    expect(rows[0]?.[14]).toBe('-41200.09');
  });

  it('ends every record with CRLF, the last one included, and has no bare LF', () => {
    const text = monthsCsv(tinyResult(), plainScenario);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(5);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('gives the same text whichever way the engine stored its integers', () => {
    const fromFloat = monthsCsv(tinyResult(), plainScenario);
    const fromBigInt64 = monthsCsv(
      tinyResult((v) => BigInt64Array.from(v.map(BigInt))),
      plainScenario,
    );
    const fromBigIntArray = monthsCsv(
      tinyResult((v) => v.map(BigInt)),
      plainScenario,
    );
    expect(fromBigInt64).toBe(fromFloat);
    expect(fromBigIntArray).toBe(fromFloat);
  });

  it('quotes labels holding commas and quotes, and defuses labels that look like formulas', () => {
    const scenario = {
      currency: 'EUR',
      msp: { label: '=HYPERLINK("x"), Inc' },
      isv: { label: '@SUM(A1)' },
    };
    const text = monthsCsv(tinyResult(), scenario);
    const [header] = parseCsv(text);
    expect(header?.[6]).toBe(`'=HYPERLINK("x"), Inc cost (EUR)`);
    expect(header?.[12]).toBe(`'@SUM(A1) cost (EUR)`);
    expect(
      text.startsWith(
        'month,phase,instances,billed instances,price (EUR),revenue (EUR),"\'=HYPERLINK(""x""), Inc cost (EUR)"',
      ),
    ).toBe(true);
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+41', '-2', '@cmd', '\tx', '\rx'])('prefixes an apostrophe to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['VSHN', 'ISV = partner', "'quoted", '', ' =x'])('leaves %j alone', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvField', () => {
  it('reads back as the same text, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '=') })),
        (fields) => {
          fc.pre(fields.length > 0);
          const parsed = parseCsv(fields.map(csvField).join(',') + '\r\n');
          expect(parsed).toEqual([fields]);
        },
      ),
    );
  });

  it('leaves plain text unquoted', () => {
    expect(csvField('-41200.09')).toBe('-41200.09');
  });
});

describe('csvFileName', () => {
  it.each([
    ['Example: managed service', 'example-managed-service-months.csv'],
    ['=cmd|"/C calc", 2026', 'cmd-c-calc-2026-months.csv'],
    ['Zürich Ölförderung', 'zurich-olforderung-months.csv'],
    ['', 'scenario-months.csv'],
    ['"" ,,', 'scenario-months.csv'],
    ['../../etc/passwd', 'etc-passwd-months.csv'],
  ])('%j -> %j', (name, file) => {
    expect(csvFileName(name)).toBe(file);
  });

  it('keeps long names to a sane length', () => {
    expect(csvFileName('a b '.repeat(40)).length).toBeLessThanOrEqual(60 + '-months.csv'.length);
  });
});
