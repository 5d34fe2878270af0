import { afterEach, describe, expect, it } from 'vitest';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { csvFileName } from '../../../src/ui/export/csv';
import { itemsCsv } from '../../../src/ui/export/items-csv';
import { threeItemScenario } from '../report/three-items';
import { parseCsv } from './rfc4180';

afterEach(() => activateMessages('en', compiledEn));

const HEADER = [
  'partner',
  'item number',
  'item',
  'own hourly rate (CHF)',
  'hourly rate used (CHF)',
  'set-up hours',
  'other set-up costs (CHF)',
  'monthly hours',
  'other monthly costs (CHF)',
  'hours per instance per month',
  'other costs per instance per month (CHF)',
  'set-up (CHF)',
  'per month (CHF)',
  'per instance per month (CHF)',
];

describe('the items CSV', () => {
  it('has one row per item with canonical values and year-0 money', () => {
    const text = itemsCsv(threeItemScenario());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      HEADER,
      [
        'VSHN',
        'A.1',
        'Service ownership and billing',
        '',
        '110',
        '80',
        '5000',
        '6',
        '300',
        '0.1',
        '20',
        '13800.00',
        '960.00',
        '31.00',
      ],
      [
        'VSHN',
        'A.2',
        '24/7 on-call',
        '150',
        '150',
        '40',
        '0',
        '8',
        '0',
        '0.3333',
        '0',
        '6000.00',
        '1200.00',
        '50.00',
      ],
      [
        'VSHN',
        'A.3',
        'Instance operation',
        '',
        '110',
        '80',
        '0',
        '2',
        '0',
        '0.0005',
        '0',
        '8800.00',
        '220.00',
        '0.06',
      ],
      [
        'ISV',
        'B.1',
        'All costs',
        '',
        '100',
        '600',
        '0',
        '24',
        '0',
        '0.25',
        '0',
        '60000.00',
        '2400.00',
        '25.00',
      ],
    ]);
  });

  it('quotes and neutralises typed labels, with either separator', () => {
    const s = threeItemScenario();
    s.msp.items[0]!.label = 'Billing; "support", more';
    s.msp.items[1]!.label = '=HYPERLINK("x")';
    s.isv.label = '+ISV';
    const comma = parseCsv(itemsCsv(s));
    expect(comma[1]?.[2]).toBe('Billing; "support", more');
    expect(comma[2]?.[2]).toBe('\'=HYPERLINK("x")');
    expect(comma[4]?.[0]).toBe("'+ISV");
    const semicolon = itemsCsv(s, { separator: ';' });
    const lines = semicolon.split('\r\n');
    expect(lines[0]?.split(';')).toEqual(HEADER);
    expect(lines[1]).toBe(
      'VSHN;A.1;"Billing; ""support"", more";;110;80;5000;6;300;0.1;20;13800.00;960.00;31.00',
    );
    // A comma inside a label needs no quotes in a semicolon file.
    s.msp.items[0]!.label = 'Billing, support';
    expect(itemsCsv(s, { separator: ';' }).split('\r\n')[1]?.split(';')[2]).toBe(
      'Billing, support',
    );
  });

  it('names its header in German, the values unchanged', () => {
    const english = parseCsv(itemsCsv(threeItemScenario()));
    activateMessages('de', compiledDe);
    const rows = parseCsv(itemsCsv(threeItemScenario()));
    expect(rows[0]?.slice(0, 5)).toEqual([
      'Partner',
      'Postennummer',
      'Posten',
      'eigener Stundensatz (CHF)',
      'verwendeter Stundensatz (CHF)',
    ]);
    expect(rows.slice(1)).toEqual(english.slice(1));
  });

  it('is saved beside the months file', () => {
    expect(csvFileName('Itemised pilot', 'items')).toBe('itemised-pilot-items.csv');
    expect(csvFileName('Itemised pilot')).toBe('itemised-pilot-months.csv');
  });
});
