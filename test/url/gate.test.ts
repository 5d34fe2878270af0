import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine';
import { FROZEN_DEFAULTS } from '../../src/url/frozen-defaults';
import { decodeScenarioHash } from '../../src/url/codec';
import { MAX_JSON_CHARS, restoreScenario, restoreScenarioJson } from '../../src/url/gate';

/** Invalid or omitted fields fall back to the frozen defaults of the link's version (here 1). */
const base = (): Scenario => structuredClone(FROZEN_DEFAULTS[1]) as unknown as Scenario;
const linkFor = (data: unknown) =>
  `#s=${lzString.compressToEncodedURIComponent(JSON.stringify(data))}`;

describe('the gate refuses what is not a scenario, and says why', () => {
  it.each([
    ['an empty payload', '#s=', 'empty'],
    ['characters lz-string cannot unpack', '#s=%%%not-a-link', 'not-decodable'],
    ['a link cut off when it was copied', linkFor(base()).slice(0, 30), 'not-decodable'],
    [
      'text that is not JSON',
      `#s=${lzString.compressToEncodedURIComponent('{version: 1')}`,
      'not-json',
    ],
    ['a JSON array', linkFor([1, 2, 3]), 'not-object'],
    ['JSON null', linkFor(null), 'not-object'],
    ['a JSON string', linkFor('a scenario'), 'not-object'],
    ['an object without a version', linkFor({ name: 'x' }), 'no-version'],
    ['a version that is text', linkFor({ version: '1' }), 'unknown-version'],
    ['version 0, before the first format', linkFor({ version: 0 }), 'unknown-version'],
    ['a version from a newer app', linkFor({ version: 2 }), 'newer-version'],
  ])('%s', (_what, hash, reason) => {
    expect(decodeScenarioHash(hash)).toMatchObject({ ok: false, reason });
  });

  it('refuses a 1 MB link without unpacking it', () => {
    const hash = `#s=${'A'.repeat(1_000_000)}`;
    expect(decodeScenarioHash(hash)).toEqual({ ok: false, reason: 'too-long', length: 1_000_000 });
  });

  it('refuses JSON text longer than a scenario could be', () => {
    const text = JSON.stringify({ version: 1, name: 'x'.repeat(MAX_JSON_CHARS) });
    expect(restoreScenarioJson(text)).toMatchObject({ ok: false, reason: 'too-long' });
  });

  it('says which newer version a link came from', () => {
    expect(decodeScenarioHash(linkFor({ version: 7, name: 'future' }))).toEqual({
      ok: false,
      reason: 'newer-version',
      version: 7,
    });
  });
});

describe('the gate keeps valid fields and replaces each invalid one by its default', () => {
  it('lists every replaced field by its label and keeps the rest', () => {
    const result = restoreScenario({
      version: 1,
      name: 'Kept',
      msp: { hourlyRate: -5, initHours: '1e3', monthlyHours: '30' },
      growth: { churnPct: 101, maxInstances: 0 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.name).toBe('Kept');
    expect(result.scenario.msp.monthlyHours).toBe('30');
    expect(result.scenario.msp.hourlyRate).toBe(base().msp.hourlyRate);
    expect(result.scenario.msp.initHours).toBe(base().msp.initHours);
    expect(result.scenario.growth.churnPct).toBe(base().growth.churnPct);
    expect(result.scenario.growth.maxInstances).toBe(base().growth.maxInstances);
    expect(result.replaced.map((f) => f.label)).toEqual([
      'Hourly labour cost (MSP partner)',
      'Initialisation hours (MSP partner)',
      'Monthly churn',
      'Instance cap',
    ]);
  });

  it('replaces every field of a section that is not an object', () => {
    const result = restoreScenario({ version: 1, price: 'cheap' });
    expect(result).toMatchObject({ ok: true, scenario: { price: base().price } });
    if (result.ok) {
      expect(result.replaced.map((f) => f.path)).toEqual([
        'price.perInstance',
        'price.yearlyChangePct',
      ]);
    }
  });

  it('replaces investment months that do not fit the horizon, and the horizon too if needed', () => {
    const fits = restoreScenario({ version: 1, horizonMonths: 24, investmentMonths: 30 });
    expect(fits).toMatchObject({ ok: true, scenario: { horizonMonths: 24, investmentMonths: 6 } });
    const tooShort = restoreScenario({ version: 1, horizonMonths: 3, investmentMonths: 30 });
    expect(tooShort).toMatchObject({
      ok: true,
      scenario: { horizonMonths: 120, investmentMonths: 6 },
    });
    if (tooShort.ok) {
      expect(tooShort.replaced.map((f) => f.path)).toEqual(['investmentMonths', 'horizonMonths']);
    }
  });

  it('keeps names with markup as plain text, unchanged', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = restoreScenario({ version: 1, name, msp: { label: '<b>VSHN</b>' } });
    expect(result).toMatchObject({ ok: true, scenario: { name, msp: { label: '<b>VSHN</b>' } } });
  });

  it('lets __proto__ and constructor keys change nothing', () => {
    const text =
      '{"version":1,"__proto__":{"name":"polluted","polluted":true},' +
      '"constructor":{"prototype":{"polluted":true}},"msp":{"__proto__":{"hourlyRate":"1"}}}';
    const result = restoreScenarioJson(text);
    expect(result).toMatchObject({ ok: true, scenario: base() });
    if (result.ok) {
      expect(result.ignored).toEqual(['msp.__proto__', '__proto__', 'constructor']);
      expect(Object.getPrototypeOf(result.scenario)).toBe(Object.prototype);
      expect(Object.keys(result.scenario)).toEqual(Object.keys(base()));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports unknown fields as ignored, never copying them', () => {
    const result = restoreScenario({ version: 1, isv: { label: 'Acme', discount: 5 }, extra: 1 });
    expect(result).toMatchObject({ ok: true, ignored: ['isv.discount', 'extra'] });
    if (result.ok) expect(result.scenario).not.toHaveProperty('extra');
  });

  it('never throws, even when reading a value throws', () => {
    const hostile = new Proxy(
      {},
      {
        getOwnPropertyDescriptor: () => {
          throw new Error('boom');
        },
      },
    );
    expect(restoreScenario(hostile)).toMatchObject({ ok: false });
  });
});
