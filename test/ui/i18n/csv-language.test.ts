import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../../../src/engine/index';
import { monthsCsv } from '../../../src/ui/export/csv';
import { setLanguage } from '../../../src/ui/i18n/i18n';
import { goldenVectors } from '../../golden';

const vector = goldenVectors().find((g) => g.file.startsWith('01'));
if (!vector) throw new Error('golden vector 01 missing');
const scenario = parseScenario(vector.scenario);
const result = simulate(scenario);

afterEach(() => setLanguage('en'));

describe('the CSV in both languages and with both separators', () => {
  it('names the columns in German and keeps every value canonical', async () => {
    const english = monthsCsv(result, scenario).split('\r\n');
    await setLanguage('de');
    const german = monthsCsv(result, scenario).split('\r\n');
    expect(german[0]).toMatch(/^Monat,Phase,Instanzen,Verrechnete Instanzen,Preis \(CHF\),/);
    expect(german[0]).toContain(`${scenario.msp.label} Kosten (CHF)`);
    expect(english[0]).toMatch(/^month,phase,instances,billed instances,price \(CHF\),/);
    expect(german.slice(1)).toEqual(english.slice(1));
  });

  it('separates by semicolons on request, values still with a decimal point', () => {
    const comma = monthsCsv(result, scenario).split('\r\n');
    const semicolon = monthsCsv(result, scenario, { separator: ';' }).split('\r\n');
    expect(semicolon[0]).toMatch(/^month;phase;instances;billed instances;price \(CHF\);/);
    expect(semicolon.slice(1)).toEqual(comma.slice(1).map((line) => line.replaceAll(',', ';')));
    expect(semicolon[1]).toMatch(/;-?\d+\.\d{2}(;|$)/);
  });

  it('quotes a partner label holding a semicolon in a semicolon file', () => {
    const named = { ...scenario, msp: { ...scenario.msp, label: 'A;B' } };
    const header = monthsCsv(result, named, { separator: ';' }).split('\r\n')[0] ?? '';
    expect(header).toContain('"A;B cost (CHF)"');
    expect(monthsCsv(result, named).split('\r\n')[0]).toContain(',A;B cost (CHF),');
  });
});
