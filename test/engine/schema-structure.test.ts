import { describe, expect, it } from 'vitest';
import { safeParseScenario } from '../../src/engine';
import { parseField, rejectedPaths, validInput, withField } from './schema-builders';

const repeat = (text: string, times: number) => Array.from({ length: times }, () => text).join('');

describe('text fields', () => {
  it.each(['msp.label', 'isv.label'])('%s takes 1 to 40 characters', (path) => {
    expect(parseField(path, 'x')).toEqual({ ok: true, value: 'x' });
    expect(parseField(path, repeat('x', 40))).toEqual({ ok: true, value: repeat('x', 40) });
    expect(rejectedPaths(withField(path, ''))).toEqual([path]);
    expect(rejectedPaths(withField(path, repeat('x', 41)))).toEqual([path]);
  });

  it.each(['msp.label', 'isv.label'])('%s counts code points, not UTF-16 units', (path) => {
    // 40 emoji are 80 UTF-16 units but 40 characters.
    const forty = repeat('😀', 40);
    expect(forty).toHaveLength(80);
    expect(parseField(path, forty)).toEqual({ ok: true, value: forty });
    expect(rejectedPaths(withField(path, repeat('😀', 41)))).toEqual([path]);
    // A ZWJ sequence (woman technologist) is 3 code points: 13 of them make 39, 14 make 42.
    expect(parseField(path, repeat('👩‍💻', 13)).ok).toBe(true);
    expect(rejectedPaths(withField(path, repeat('👩‍💻', 14)))).toEqual([path]);
  });

  it('name takes 0 to 80 characters, counted as code points', () => {
    expect(parseField('name', '')).toEqual({ ok: true, value: '' });
    expect(parseField('name', repeat('n', 80)).ok).toBe(true);
    expect(parseField('name', repeat('🎉', 80)).ok).toBe(true);
    expect(rejectedPaths(withField('name', repeat('n', 81)))).toEqual(['name']);
    expect(rejectedPaths(withField('name', repeat('🎉', 81)))).toEqual(['name']);
  });

  it('keeps text exactly as typed, markup included (it is never interpreted)', () => {
    const name = '<img src=x onerror=alert(1)> & "quotes"';
    expect(parseField('name', name)).toEqual({ ok: true, value: name });
  });

  it.each(['name', 'msp.label', 'isv.label', 'currency'])('%s must be text', (path) => {
    for (const input of [42, null, true, ['CHF'], { text: 'x' }]) {
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
    expect(parseField(path, undefined)).toEqual({
      ok: false,
      issues: [{ path, message: 'Required' }],
    });
  });

  it('currency is 3 capital letters A-Z', () => {
    for (const code of ['CHF', 'EUR', 'USD', 'XYZ']) {
      expect(parseField('currency', code)).toEqual({ ok: true, value: code });
    }
    for (const code of ['chf', 'Chf', 'CH', 'CHFF', '', ' CHF', 'CHF ', 'ÄBC', 'C1F', 'CH\n']) {
      expect(rejectedPaths(withField('currency', code)), JSON.stringify(code)).toEqual([
        'currency',
      ]);
    }
  });
});

describe('version', () => {
  it('must be the number 1', () => {
    expect(parseField('version', 1)).toEqual({ ok: true, value: 1 });
    for (const input of [2, 0, '1', 1.5, null, true]) {
      expect(rejectedPaths(withField('version', input)), String(input)).toEqual(['version']);
    }
    expect(parseField('version', 2)).toEqual({
      ok: false,
      issues: [{ path: 'version', message: 'Format version must be 1' }],
    });
    expect(rejectedPaths(withField('version', undefined))).toEqual(['version']);
  });
});

describe('structure', () => {
  const sections = ['msp', 'isv', 'price', 'growth', 'costs'];

  it.each(sections)('%s must be present and an object', (path) => {
    expect(parseField(path, undefined)).toEqual({
      ok: false,
      issues: [{ path, message: 'Required' }],
    });
    for (const input of [null, [], 'x', 5, true]) {
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
  });

  it.each(['', ...sections])('an unknown field in "%s" is named by its own path', (section) => {
    const path = section === '' ? 'colour' : `${section}.colour`;
    expect(parseField(path, 'blue')).toEqual({
      ok: false,
      issues: [{ path, message: 'Unknown field' }],
    });
  });

  it('names each unknown field separately', () => {
    const input = withField('msp.b', 2, withField('msp.a', 1, withField('z', 0)));
    expect(rejectedPaths(input)).toEqual(['msp.a', 'msp.b', 'z']);
  });

  it('rejects a field whose value is undefined like a missing one', () => {
    const input = validInput();
    (input.growth as Record<string, unknown>).maxInstances = undefined;
    expect(rejectedPaths(input)).toEqual(['growth.maxInstances']);
  });

  it('lists every problem, not just the first', () => {
    let input = validInput();
    const broken: [string, unknown][] = [
      ['version', 2],
      ['name', 7],
      ['currency', 'chf'],
      ['horizonMonths', 0],
      ['msp.hourlyRate', '-1'],
      ['isv.label', ''],
      ['price.perInstance', '1e3'],
      ['growth.maxInstances', 0],
      ['growth.churnPct', undefined],
      ['costs.yearlyChangePct', -51],
      ['extra', 1],
    ];
    for (const [path, value] of broken) input = withField(path, value, input);
    expect(rejectedPaths(input)).toEqual(broken.map(([path]) => path).sort());
  });

  it.each([[[1, 2, 3]], [null], ['scenario'], [42], [undefined], [true]])(
    'rejects %j as a whole with the path ""',
    (input) => {
      const result = safeParseScenario(input);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(['']);
    },
  );

  it('rejects an empty object with every top-level field required', () => {
    const result = safeParseScenario({});
    expect(result.ok ? [] : result.issues).toEqual(
      [
        'version',
        'name',
        'currency',
        'horizonMonths',
        'investmentMonths',
        'msp',
        'isv',
        'price',
        'growth',
        'costs',
      ].map((path) => ({ path, message: 'Required' })),
    );
  });
});
