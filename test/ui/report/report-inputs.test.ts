import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, defaultScenario, parseScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { partnerInputRows, scenarioInputGroups } from '../../../src/ui/report/report-inputs';

const scenario = (): Scenario => structuredClone(defaultScenario) as Scenario;

/** Paths of FIELD_LABELS that hold a value (not the whole scenario, a group or the format version). */
const VALUE_PATHS = Object.keys(FIELD_LABELS).filter(
  (p) => !['', 'version', 'msp', 'isv', 'price', 'growth', 'costs'].includes(p),
);

describe('the report’s inputs', () => {
  it('lists every input of the scenario, labelled as the engine labels it', () => {
    const s = scenario();
    const rows = scenarioInputGroups(s).flatMap((g) => g.rows);
    const partner = partnerInputRows(s);
    const covered = new Set([
      ...rows.map((r) => r.path),
      ...partner.flatMap((r) => [`msp.${r.key}`, `isv.${r.key}`]),
    ]);
    expect([...covered].sort()).toEqual([...VALUE_PATHS].sort());
    for (const r of rows) expect(r.label).toBe(FIELD_LABELS[r.path as keyof typeof FIELD_LABELS]);
    for (const r of partner) {
      expect(r.label).toBe(FIELD_LABELS[`msp.${r.key}` as keyof typeof FIELD_LABELS]);
    }
  });

  it('shows the scenario’s exact values with their units', () => {
    const s = parseScenario({
      ...scenario(),
      currency: 'EUR',
      price: { perInstance: '420.55', yearlyChangePct: '-2.5' },
    });
    const byPath = new Map(
      scenarioInputGroups(s).flatMap((g) => g.rows.map((r) => [r.path, r.value])),
    );
    expect(byPath.get('price.perInstance')).toBe('420.55 EUR/month');
    expect(byPath.get('price.yearlyChangePct')).toBe('-2.5 %/year');
    expect(byPath.get('horizonMonths')).toBe('120 months');
    expect(byPath.get('growth.maxInstances')).toBe('300 instances');
    const rate = partnerInputRows(s).find((r) => r.key === 'hourlyRate');
    expect(rate).toMatchObject({ msp: '110 EUR/h', isv: '100 EUR/h' });
    const label = partnerInputRows(s).find((r) => r.key === 'label');
    expect(label).toMatchObject({ msp: 'VSHN', isv: 'ISV' });
  });

  it('writes one instance in the singular', () => {
    const s = scenario();
    s.growth.startInstances = '1';
    const start = scenarioInputGroups(s)
      .flatMap((g) => g.rows)
      .find((r) => r.path === 'growth.startInstances');
    expect(start?.value).toBe('1 instance');
  });

  it('says so when the market has no cap', () => {
    const s = scenario();
    s.growth.maxInstances = null;
    const cap = scenarioInputGroups(s)
      .flatMap((g) => g.rows)
      .find((r) => r.path === 'growth.maxInstances');
    expect(cap?.value).toBe('No cap');
  });

  it('reads in German, labels, units and group titles alike', () => {
    activateMessages('de', compiledDe);
    try {
      const groups = scenarioInputGroups(scenario());
      expect(groups.map((g) => g.title)).toEqual([
        'Szenario',
        'Preis',
        'Wachstum',
        'Laufende Kosten',
      ]);
      const price = groups.flatMap((g) => g.rows).find((r) => r.path === 'price.perInstance');
      expect(price).toMatchObject({ label: 'Preis pro Instanz und Monat', value: '390 CHF/Monat' });
    } finally {
      activateMessages('en', compiledEn);
    }
  });
});
