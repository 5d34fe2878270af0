import fc from 'fast-check';
import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import {
  decodeScenarioHash,
  encodeScenarioHash,
  scenarioLink,
  toLinkData,
} from '../../src/url/codec';
import { FROZEN_DEFAULTS } from '../../src/url/frozen-defaults';
import { validScenario } from './arbitraries';

const base = (): Scenario => structuredClone(defaultScenario) as Scenario;

function linkFor(data: unknown): string {
  return `#s=${lzString.compressToEncodedURIComponent(JSON.stringify(data))}`;
}

describe('the link codec', () => {
  it('gives back exactly the scenario it encoded, for any valid scenario', () => {
    fc.assert(
      fc.property(validScenario, (scenario) => {
        // The arbitrary's scenarios are canonical: the engine reads them as they are.
        expect(parseScenario(scenario)).toEqual(scenario);
        const result = decodeScenarioHash(encodeScenarioHash(scenario));
        expect(result).toEqual({ ok: true, scenario, replaced: [], ignored: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the default scenario link to a few dozen characters', () => {
    const hash = encodeScenarioHash(base());
    expect(hash.length).toBeLessThanOrEqual(40);
    expect(toLinkData(base())).toEqual({ version: 1 });
  });

  it('keeps a typically edited scenario under 400 characters', () => {
    const edited = base();
    edited.name = 'Acme Postgres for Example AG, 3-year plan';
    edited.isv.label = 'Acme Databases';
    edited.isv.hourlyRate = '135.5';
    edited.isv.initHours = '420';
    edited.msp.monthlyHours = '20';
    edited.price.perInstance = '449.9';
    edited.price.yearlyChangePct = '2.5';
    edited.growth.newPerMonth = '4.5';
    edited.growth.maxInstances = null;
    edited.costs.yearlyChangePct = '1.75';
    edited.horizonMonths = 72;
    const link = scenarioLink(edited, 'https://servala.example/simulator/');
    expect(link.length).toBeLessThan(400);
    expect(decodeScenarioHash(new URL(link).hash)).toMatchObject({ ok: true, scenario: edited });
  });

  it('leaves out only nested fields equal to the defaults', () => {
    const edited = base();
    edited.msp.hourlyRate = '120';
    edited.growth.maxInstances = null;
    expect(toLinkData(edited)).toEqual({
      version: 1,
      msp: { hourlyRate: '120' },
      growth: { maxInstances: null },
    });
  });

  it('always accepts a complete scenario, with numbers as JSON numbers or strings', () => {
    const complete = {
      ...base(),
      msp: { ...base().msp, hourlyRate: 87.35, initHours: '200.00' },
    };
    const result = decodeScenarioHash(linkFor(complete));
    expect(result).toMatchObject({ ok: true, replaced: [], ignored: [] });
    if (result?.ok) {
      expect(result.scenario.msp.hourlyRate).toBe('87.35');
      expect(result.scenario.msp.initHours).toBe('200');
    }
  });

  it('fills omitted fields from the frozen version 1 defaults', () => {
    const result = decodeScenarioHash(linkFor({ version: 1, isv: { initHours: '900' } }));
    const expected = structuredClone(FROZEN_DEFAULTS[1]) as unknown as Scenario;
    expected.isv.initHours = '900';
    expect(result).toEqual({ ok: true, scenario: expected, replaced: [], ignored: [] });
  });

  it('treats a hash without a scenario (empty, or a page anchor) as no link at all', () => {
    expect(decodeScenarioHash('')).toBeNull();
    expect(decodeScenarioHash('#')).toBeNull();
    expect(decodeScenarioHash('#main-content')).toBeNull();
  });

  it('reads a link whose $ and + were percent-encoded by a mail program', () => {
    const edited = base();
    edited.name = 'Percent test';
    const hash = encodeScenarioHash(edited).replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodeScenarioHash(hash)).toMatchObject({ ok: true, scenario: edited });
  });

  it('builds a full address from the page address, replacing any hash', () => {
    const link = scenarioLink(base(), 'http://127.0.0.1:4173/app/?x=1#s=old');
    expect(link).toBe(`http://127.0.0.1:4173/app/?x=1${encodeScenarioHash(base())}`);
  });
});
