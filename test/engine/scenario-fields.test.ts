import { describe, expect, it } from 'vitest';
import {
  FIELDS,
  FIELD_LABELS,
  GOAL_SEEK_FIELDS,
  SENSITIVITY_FIELDS,
  UNCERTAIN_FIELDS,
  defaultScenario,
  fieldsMovedBy,
  readPath,
  safeParseScenario,
  scenarioFieldSchemas,
  writePath,
} from '../../src/engine/index';
import { withField } from './schema-builders';

/** Every leaf path of a value, in key order. */
function leaves(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    leaves(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the field registry', () => {
  it('has one entry per leaf of a scenario, in schema order', () => {
    const paths = FIELDS.map((entry) => entry.path);
    expect(paths).toEqual(leaves(defaultScenario));
    expect(paths).toEqual(Object.keys(scenarioFieldSchemas));
  });

  it('labels every field as FIELD_LABELS does', () => {
    for (const entry of FIELDS) expect(FIELD_LABELS[entry.path as 'name']).toBe(entry.label);
  });

  it('lets the analyses move exactly the fields they move', () => {
    const moved = (use: 'sensitivity' | 'goalSeek' | 'risk') =>
      fieldsMovedBy(use)
        .map((entry) => entry.path)
        .sort();
    expect(moved('sensitivity')).toEqual([...SENSITIVITY_FIELDS].sort());
    expect(moved('goalSeek')).toEqual([...GOAL_SEEK_FIELDS].sort());
    const risk = UNCERTAIN_FIELDS.filter((spec) => spec.effort === null).map((spec) => spec.field);
    expect(moved('risk')).toEqual([...risk].sort());
  });

  it('gives the risk fields the registry’s kind, bounds and label', () => {
    for (const spec of UNCERTAIN_FIELDS.filter((s) => s.effort === null)) {
      const entry = FIELDS.find((e) => e.path === spec.field);
      expect(entry).toMatchObject({
        kind: spec.kind,
        min: spec.min,
        max: spec.max,
        decimals: spec.decimals,
        label: spec.label,
      });
    }
  });

  it('has a slider for every number field the form shows', () => {
    const numbers = FIELDS.filter((e) => e.form !== undefined && e.kind !== 'text');
    expect(numbers.length).toBeGreaterThan(20);
    for (const entry of numbers) expect(entry.form?.slider, entry.path).toBeDefined();
  });
});

describe('issue codes', () => {
  it('are given only when asked for, beside the same English message', () => {
    const input = withField('price.perInstance', '12.345');
    const plain = safeParseScenario(input);
    const coded = safeParseScenario(input, { codes: true });
    expect(plain.ok ? [] : plain.issues).toEqual([
      {
        path: 'price.perInstance',
        message: 'Price per instance per month must have at most 2 decimals',
      },
    ]);
    expect(coded.ok ? [] : coded.issues).toEqual([
      {
        path: 'price.perInstance',
        message: 'Price per instance per month must have at most 2 decimals',
        code: 'places',
        params: { labelKey: 'field.price.perInstance', places: 2 },
      },
    ]);
  });

  it.each([
    ['msp.hourlyRate', '-1', 'atLeast'],
    ['growth.churnPct', '101', 'percentBetween'],
    ['growth.newPerMonth', 'x', 'decimalFormat'],
    ['horizonMonths', '0', 'wholeMonths'],
    ['investmentMonths', '1.5', 'wholeBetween'],
    ['growth.maxInstances', '0', 'wholeOrNone'],
    ['isv.label', '', 'textBetween'],
    ['name', 'x'.repeat(81), 'textUpTo'],
    ['investmentMonths', '120', 'goLive'],
  ])('name %s = %j a %s problem', (path, value, code) => {
    const result = safeParseScenario(withField(path, value), { codes: true });
    const issue = result.ok ? undefined : result.issues.find((i) => i.path === path);
    expect(issue?.code).toBe(code);
  });
});

describe('the dotted-path reader and writer', () => {
  it('reads own keys only, through objects and arrays', () => {
    const value = { a: { b: [{ c: 1 }] } };
    expect(readPath(value, 'a.b.0.c')).toBe(1);
    expect(readPath(value, ['a', 'b', 0, 'c'])).toBe(1);
    expect(readPath(value, 'a.constructor')).toBeUndefined();
    expect(readPath(value, 'a.x.y')).toBeUndefined();
    expect(readPath(value, '')).toBe(value);
  });

  it('writes a copy, sharing what it does not change', () => {
    const value = { a: { b: 1 }, c: { d: 2 }, e: [1, 2] };
    const out = writePath(value, 'a.b', 3) as typeof value;
    expect(out).toEqual({ a: { b: 3 }, c: { d: 2 }, e: [1, 2] });
    expect(value.a.b).toBe(1);
    expect(out.c).toBe(value.c);
    const list = writePath(value, 'e.1', 5) as typeof value;
    expect(Array.isArray(list.e)).toBe(true);
    expect(list.e).toEqual([1, 5]);
  });

  it('creates missing objects and keeps __proto__ a plain key', () => {
    const out = writePath({}, ['x', '__proto__', 'y'], 1) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.hasOwn(out.x ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });
});
