import lzString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, scenarioFieldSchemas } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import { decodeScenarioHash } from '../../src/url/codec';
import { FROZEN_DEFAULTS } from '../../src/url/frozen-defaults';
import { forEachLeaf, isRawObject, type RawObject } from '../../src/url/raw';
import {
  CURRENT_LINK_VERSION,
  LINK_FORMAT,
  checkLinkFormat,
  upgradeToCurrent,
  type LinkFormat,
} from '../../src/url/versions';
import { SYNTHETIC } from './synthetic-v0';

/**
 * One frozen example link per format version, made by the app of that version and never edited:
 * if one of these stops decoding to its scenario, old links in people's mail have broken.
 */
const FROZEN_LINKS: Record<number, { hash: string; scenario: () => Scenario }> = {
  1: {
    hash: '#s=N4IgbgpgTgzglgewHYgFwEYA0IkEMC2EaIAYlAgF4RIAEEAHgQA4A2EmNksit6I2ACwRQ4FZAFlkAFwEw0ANgAM2OEkgwphJFMnbZaAJzZ8MJmlBCArlBYBPAEq4pRVCAAcAdgB0AZgCsIAC+KjBg5iAsuABGECzEAIIAxoT8IKpwUgASCNZyrgaKikHYTCKJLqBM0ACSSBq4SOXEACzNBl4GxSAA5uQA7jLh+Lj0tfWNEHlIliwsgYFAA',
    // Written out in full, not derived from today's defaults: a change of defaults must not
    // change what an old link opens.
    scenario: () => ({
      version: 1,
      name: 'Frozen example, version 1',
      currency: 'CHF',
      horizonMonths: 60,
      investmentMonths: 9,
      msp: {
        label: 'VSHN',
        hourlyRate: '87.35',
        initHours: '200',
        initOther: '5000',
        monthlyHours: '16',
        monthlyOther: '300',
        hoursPerInstance: '0.5',
        otherPerInstance: '20',
      },
      isv: {
        label: 'Acme',
        hourlyRate: '100',
        initHours: '900',
        initOther: '0',
        monthlyHours: '24',
        monthlyOther: '0',
        hoursPerInstance: '0.25',
        otherPerInstance: '0',
      },
      price: {
        perInstance: '449.9',
        yearlyChangePct: '0',
      },
      growth: {
        startInstances: '2',
        newPerMonth: '3',
        growthPct: '4',
        churnPct: '1',
        maxInstances: null,
      },
      costs: {
        yearlyChangePct: '0',
      },
    }),
  },
};

describe('link format versions', () => {
  it('has a complete upgrader chain up to the current version', () => {
    expect(LINK_FORMAT.current).toBe(CURRENT_LINK_VERSION);
    expect(() => checkLinkFormat(LINK_FORMAT)).not.toThrow();
  });

  it('keeps a frozen example link for every version, and each still opens its scenario', () => {
    for (let v = LINK_FORMAT.first; v <= LINK_FORMAT.current; v++) {
      const example = FROZEN_LINKS[v];
      expect(example, `frozen link for version ${v}`).toBeDefined();
      if (!example) continue;
      expect(decodeScenarioHash(example.hash)).toEqual({
        ok: true,
        scenario: example.scenario(),
        replaced: [],
        ignored: [],
      });
    }
  });

  it('keeps the current frozen defaults a valid, complete scenario of the engine', () => {
    const current = FROZEN_DEFAULTS[CURRENT_LINK_VERSION] as RawObject;
    expect(parseScenario(current)).toEqual(current);
    const leaves: string[] = [];
    forEachLeaf(current, (path) => leaves.push(path));
    expect(leaves.sort()).toEqual(Object.keys(scenarioFieldSchemas).sort());
  });

  it('cannot change the frozen defaults by accident', () => {
    const v1 = FROZEN_DEFAULTS[1] as RawObject;
    expect(Object.isFrozen(v1)).toBe(true);
    expect(isRawObject(v1.msp) && Object.isFrozen(v1.msp)).toBe(true);
  });

  it('refuses at load time a chain with a missing upgrader or missing defaults', () => {
    const defaults = { 1: {}, 2: {}, 3: {} };
    const up = (raw: Record<string, unknown>) => raw;
    expect(() => checkLinkFormat({ first: 1, current: 3, defaults, upgraders: { 2: up } })).toThrow(
      /no upgrader from version 2 to 3/,
    );
    expect(() =>
      checkLinkFormat({
        first: 1,
        current: 3,
        defaults: { 1: {}, 3: {} },
        upgraders: { 2: up, 3: up },
      }),
    ).toThrow(/no frozen defaults for version 2/);
    expect(() => checkLinkFormat({ first: 2, current: 1, defaults, upgraders: {} })).toThrow();
  });

  it('runs the upgraders in order, each from the version before, stamping each version', () => {
    const seen: unknown[] = [];
    const step = (n: number) => (raw: Record<string, unknown>) => {
      seen.push(raw.version);
      return { ...raw, steps: [...((raw.steps as number[] | undefined) ?? []), n] };
    };
    const format: LinkFormat = {
      first: 1,
      current: 4,
      defaults: { 1: {}, 2: {}, 3: {}, 4: {} },
      upgraders: { 2: step(2), 3: step(3), 4: step(4) },
    };
    expect(upgradeToCurrent({ version: 2 }, 2, format)).toEqual({ version: 4, steps: [3, 4] });
    expect(seen).toEqual([2, 3]);
  });
});

const linkFor = (data: unknown) =>
  `#s=${lzString.compressToEncodedURIComponent(JSON.stringify(data))}`;

/** Made by compressing `{version:0, title, pricePerInstance, msp:{hourlyRate}}` once; frozen. */
const FROZEN_V0_LINK =
  '#s=N4IgbgpgTgzglgewHYgFwAYA0IAuccA2EaIAYlAgF4RIAEEAHgIYC2ADkZrZLIneiGxsocAMYQACtACSSGDiZJxJACwqAnADp1gkCxhs0oABYIArlAIBPAEpMcxVCAAcAdk0BmAKwgAvr6A';

describe('an upgrader, exercised with a synthetic version 0', () => {
  it('opens its frozen version 0 link as the same scenario in version 1', () => {
    const expected = structuredClone(defaultScenario) as Scenario;
    expected.name = 'Frozen example, version 0';
    expected.price.perInstance = '449.9';
    expected.msp.hourlyRate = '87.35';
    expect(decodeScenarioHash(FROZEN_V0_LINK, SYNTHETIC)).toEqual({
      ok: true,
      scenario: expected,
      replaced: [],
      ignored: [],
    });
  });

  it('fills what an old link left out from that version’s defaults, not today’s', () => {
    const result = decodeScenarioHash(linkFor({ version: 0 }), SYNTHETIC);
    expect(result).toMatchObject({
      ok: true,
      scenario: { version: 1, name: 'Old default name', price: { perInstance: '300' } },
      replaced: [],
    });
  });

  it('replaces an invalid old value by that version’s default, under today’s label', () => {
    const result = decodeScenarioHash(linkFor({ version: 0, pricePerInstance: -1 }), SYNTHETIC);
    expect(result).toMatchObject({ ok: true, scenario: { price: { perInstance: '300' } } });
    if (result?.ok)
      expect(result.replaced.map((f) => f.label)).toEqual(['Price per instance per month']);
  });

  it('gives a clear refusal, not a guess, for a version newer than the format knows', () => {
    expect(decodeScenarioHash(linkFor({ version: 2, title: 'x' }), SYNTHETIC)).toEqual({
      ok: false,
      reason: 'newer-version',
      version: 2,
    });
  });
});
