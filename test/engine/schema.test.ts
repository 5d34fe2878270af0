import { describe, expect, it } from 'vitest';
import {
  FIELD_LABELS,
  ScenarioError,
  defaultScenario,
  parseScenario,
  safeParseScenario,
  scenarioFieldSchemas,
  scenarioSchema,
} from '../../src/engine';
import { goldenVectors, rejectionVectors } from '../golden';

const golden = goldenVectors();
const rejections = rejectionVectors();

describe('golden scenarios', () => {
  it('finds the golden vectors', () => {
    expect(golden.length).toBeGreaterThanOrEqual(44);
    expect(rejections.length).toBeGreaterThanOrEqual(36);
  });

  it.each(golden.map((v) => [v.file, v.scenario] as const))('accepts %s', (_file, scenario) => {
    const result = safeParseScenario(scenario);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('gives every accepted scenario canonical decimal strings and whole numbers', () => {
    const canonical = /^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$/;
    for (const vector of golden) {
      const s = parseScenario(vector.scenario);
      const decimals = [
        ...['msp', 'isv'].flatMap((p) => {
          const partner = p === 'msp' ? s.msp : s.isv;
          return Object.entries(partner)
            .filter(([key]) => key !== 'label')
            .map(([, value]) => value);
        }),
        s.price.perInstance,
        s.price.yearlyChangePct,
        s.growth.startInstances,
        s.growth.newPerMonth,
        s.growth.growthPct,
        s.growth.churnPct,
        s.costs.yearlyChangePct,
      ];
      for (const value of decimals) {
        expect(value).toMatch(canonical);
        expect(value).not.toBe('-0');
      }
      expect(Number.isInteger(s.horizonMonths)).toBe(true);
      expect(Number.isInteger(s.investmentMonths)).toBe(true);
    }
  });
});

describe('rejection vectors', () => {
  it.each(rejections.map((v) => [v.file, v] as const))(
    'rejects %s naming exactly its paths',
    (_file, vector) => {
      const result = safeParseScenario(vector.input);
      expect(result.ok).toBe(false);
      const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
      expect([...new Set(paths)].sort()).toEqual([...vector.paths].sort());
      // One issue per problem: no path reported twice.
      expect(paths).toHaveLength(new Set(paths).size);
    },
  );

  it.each(rejections.map((v) => [v.file, v.input] as const))(
    'throws a ScenarioError for %s',
    (_file, input) => {
      expect(() => parseScenario(input)).toThrow(ScenarioError);
    },
  );
});

describe('parseScenario and safeParseScenario', () => {
  const invalid = rejections.find((v) => v.paths.length === 2);

  it('lists every problem in the thrown error, each with a dotted path and a message', () => {
    expect(invalid).toBeDefined();
    try {
      parseScenario(invalid?.input);
      expect.unreachable('parseScenario accepted an invalid scenario');
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect(error).toBeInstanceOf(Error);
      const issues = (error as ScenarioError).issues;
      expect(issues.map((i) => i.path).sort()).toEqual(['isv.initHours', 'msp.hourlyRate']);
      expect((error as ScenarioError).name).toBe('ScenarioError');
      expect((error as ScenarioError).message).toContain('msp.hourlyRate: ');
    }
  });

  it('uses messages written for people, not zod defaults', () => {
    const result = safeParseScenario(invalid?.input);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'msp.hourlyRate',
          message: 'Hourly labour cost must be 0 or more, with at most 2 decimals',
        },
        {
          path: 'isv.initHours',
          message:
            'Initialisation hours must be a plain decimal number like 7.5 (no exponent, spaces, + sign or leading zeros)',
        },
      ],
    });
  });

  it('never throws, even for a value whose fields cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const result = safeParseScenario(hostile);
    expect(result.ok).toBe(false);
    expect(() => parseScenario(hostile)).toThrow(ScenarioError);
  });

  it('returns a new object and leaves the input alone', () => {
    const input = structuredClone(golden[0]?.scenario);
    const before = JSON.stringify(input);
    const scenario = parseScenario(input);
    expect(scenario).not.toBe(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('defaultScenario', () => {
  it('is golden vector 01 in canonical form', () => {
    expect(golden[0]?.file).toMatch(/^01-/);
    expect(defaultScenario).toEqual(parseScenario(golden[0]?.scenario));
    expect(defaultScenario.msp.hoursPerInstance).toBe('0.5');
    expect(defaultScenario.growth.maxInstances).toBe(300);
  });

  it('is valid and frozen all the way down', () => {
    expect(parseScenario(defaultScenario)).toEqual(defaultScenario);
    expect(Object.isFrozen(defaultScenario)).toBe(true);
    expect(Object.isFrozen(defaultScenario.msp)).toBe(true);
    expect(Object.isFrozen(defaultScenario.growth)).toBe(true);
    expect(() => {
      (defaultScenario.msp as { label: string }).label = 'changed';
    }).toThrow(TypeError);
  });
});

describe('the schema for forms and links', () => {
  it('is one zod schema whose output is the canonical scenario', () => {
    const result = scenarioSchema.safeParse(golden[0]?.scenario);
    expect(result.success && result.data).toEqual(defaultScenario);
  });

  it('validates single fields on their own', () => {
    expect(scenarioFieldSchemas['msp.hourlyRate'].safeParse('87.350').data).toBe('87.35');
    expect(scenarioFieldSchemas['isv.hourlyRate'].safeParse(-1).success).toBe(false);
    expect(scenarioFieldSchemas['growth.maxInstances'].safeParse(null).data).toBeNull();
    expect(scenarioFieldSchemas.horizonMonths.safeParse('120').data).toBe(120);
  });

  it('has a schema and a label for every leaf field', () => {
    const leaves = Object.keys(scenarioFieldSchemas).sort();
    expect(leaves).toHaveLength(5 + 2 * 8 + 2 + 5 + 1);
    for (const path of leaves) expect(FIELD_LABELS).toHaveProperty([path]);
    // Each leaf of the default scenario has a schema, and nothing else does.
    const defaultLeaves = Object.entries(defaultScenario).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? Object.keys(value).map((inner) => `${key}.${inner}`)
        : [key],
    );
    expect(defaultLeaves.sort()).toEqual(leaves);
  });
});
