import { describe, expect, it } from 'vitest';
import { parseField, rejectedPaths, withField } from './schema-builders';

const partnerPaths = (field: string) => [`msp.${field}`, `isv.${field}`];
const moneyPaths = [
  ...['hourlyRate', 'initOther', 'monthlyOther', 'otherPerInstance'].flatMap(partnerPaths),
  'price.perInstance',
];
const hoursPaths = ['initHours', 'monthlyHours', 'hoursPerInstance'].flatMap(partnerPaths);
const countPaths = ['growth.startInstances', 'growth.newPerMonth'];
const changePaths = ['price.yearlyChangePct', 'costs.yearlyChangePct'];
const ratePaths = ['growth.growthPct', 'growth.churnPct'];

/** [input, canonical output] pairs a kind accepts, and inputs it rejects, right at its limits. */
const kinds = [
  {
    name: 'money',
    paths: moneyPaths,
    accept: [
      ['0', '0'],
      ['0.01', '0.01'],
      ['1000000000', '1000000000'],
      ['999999999.99', '999999999.99'],
      ['1000000000.00', '1000000000'],
      [87.35, '87.35'],
      ['87.350', '87.35'],
      ['-0', '0'],
      ['-0.00', '0'],
      [-0, '0'],
    ],
    reject: ['-0.01', -1, '1000000000.01', 1000000000.01, '0.001', '87.351', 0.1 + 0.2, 1e21, 1e20],
  },
  {
    name: 'hours',
    paths: hoursPaths,
    accept: [
      ['0', '0'],
      ['0.0001', '0.0001'],
      ['1000000', '1000000'],
      ['999999.9999', '999999.9999'],
      ['7.50000', '7.5'],
    ],
    reject: ['-0.0001', '1000000.0001', 1000001, '0.00001', '0.12345'],
  },
  {
    name: 'count',
    paths: countPaths,
    accept: [
      ['0', '0'],
      ['0.000001', '0.000001'],
      [0.000001, '0.000001'],
      ['10000000', '10000000'],
      ['9999999.999999', '9999999.999999'],
    ],
    reject: ['-0.000001', '10000000.000001', 10000001, '0.0000001', 1e-7],
  },
  {
    name: 'yearly change percent',
    paths: changePaths,
    accept: [
      ['-50', '-50'],
      ['-49.9999', '-49.9999'],
      [-50, '-50'],
      ['100', '100'],
      ['0.0001', '0.0001'],
      ['-3.50', '-3.5'],
      ['-0', '0'],
    ],
    reject: ['-50.0001', -51, '100.0001', 101, '1.00001', '-0.00001'],
  },
  {
    name: 'monthly rate percent',
    paths: ratePaths,
    accept: [
      ['0', '0'],
      ['100', '100'],
      ['99.9999', '99.9999'],
      [4, '4'],
      ['-0', '0'],
    ],
    reject: ['-0.0001', -1, '100.0001', 100.5, '1.00001'],
  },
] as const;

/** Inputs that are not plain decimal numbers, for any numeric field. */
const notNumbers: unknown[] = [
  true,
  false,
  null,
  {},
  [],
  ['1'],
  '',
  'abc',
  'NaN',
  'Infinity',
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '1e3',
  '1E3',
  1e-7,
  '+5',
  ' 5',
  '5 ',
  '.5',
  '5.',
  '007',
  '00',
  '-',
  '1,000',
  '1_000',
  '0x10',
  '١٢',
];

describe.each(kinds)('$name fields', ({ paths, accept, reject }) => {
  it.each(paths)('%s accepts values at its limits, as canonical strings', (path) => {
    for (const [input, output] of accept) {
      expect(parseField(path, input), `${path} = ${JSON.stringify(input)}`).toEqual({
        ok: true,
        value: output,
      });
    }
  });

  it.each(paths)('%s rejects values just outside its limits, on its own path', (path) => {
    for (const input of reject) {
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
  });

  it.each(paths)('%s rejects anything but a plain decimal number', (path) => {
    for (const input of notNumbers) {
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
  });

  it.each(paths)('%s is required', (path) => {
    expect(parseField(path, undefined)).toEqual({
      ok: false,
      issues: [{ path, message: 'Required' }],
    });
  });
});

describe('integer fields', () => {
  const cases = [
    { path: 'horizonMonths', accept: [1, 6000, '120', '120.0', 120.0], reject: [0, 6001, -1] },
    { path: 'investmentMonths', accept: [0, 6, '6', '6.00'], reject: [601, -1] },
    {
      path: 'growth.maxInstances',
      accept: [1, 10_000_000, null, '300'],
      reject: [0, 10_000_001, -1, '0'],
    },
  ];

  it.each(cases)('$path accepts whole values at its limits, as numbers', ({ path, accept }) => {
    for (const input of accept) {
      const expected = input === null ? null : Number(input);
      // Investment months 0, so even a 1-month horizon leaves room for go-live.
      const base = withField('investmentMonths', 0);
      expect(parseField(path, input, base), `${path} = ${String(input)}`).toEqual({
        ok: true,
        value: expected,
      });
    }
  });

  it.each(cases)('$path rejects values outside its limits', ({ path, reject }) => {
    for (const input of reject) {
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
  });

  it.each(cases)('$path rejects fractions and non-numbers', ({ path }) => {
    for (const input of [12.5, '12.5', '6.000001', 1e21, ...notNumbers]) {
      if (input === null && path === 'growth.maxInstances') continue;
      expect(rejectedPaths(withField(path, input)), `${path} = ${String(input)}`).toEqual([path]);
    }
  });

  it('accepts the longest investment phase inside the longest horizon', () => {
    const input = withField('investmentMonths', 600, withField('horizonMonths', 6000));
    expect(rejectedPaths(input)).toEqual([]);
  });

  it('explains the horizon rule in the message', () => {
    expect(parseField('horizonMonths', 6001)).toEqual({
      ok: false,
      issues: [
        {
          path: 'horizonMonths',
          message: 'Horizon must be a whole number of months from 1 to 6,000',
        },
      ],
    });
  });
});

describe('go-live inside the horizon', () => {
  it('accepts investment months one fewer than the horizon', () => {
    const input = withField('investmentMonths', 11, withField('horizonMonths', 12));
    expect(rejectedPaths(input)).toEqual([]);
  });

  it.each([
    [12, 12],
    [12, 13],
    [1, 1],
    [1, 600],
  ])('rejects horizon %i with %i investment months, on investmentMonths', (horizon, months) => {
    const input = withField('investmentMonths', months, withField('horizonMonths', horizon));
    const result = rejectedPaths(input);
    expect(result).toEqual(['investmentMonths']);
  });

  it('reports it on investmentMonths with its own message', () => {
    const input = withField('investmentMonths', 120);
    expect(rejectedPaths(input)).toEqual(['investmentMonths']);
    expect(parseField('investmentMonths', 120)).toEqual({
      ok: false,
      issues: [
        { path: 'investmentMonths', message: 'Investment months must be fewer than the horizon' },
      ],
    });
  });

  it('is reported alongside problems elsewhere, so every problem shows at once', () => {
    const input = withField('msp.hourlyRate', -1, withField('investmentMonths', 200));
    expect(rejectedPaths(input)).toEqual(['investmentMonths', 'msp.hourlyRate']);
  });

  it('is not compared when one of the month fields is itself invalid', () => {
    expect(rejectedPaths(withField('horizonMonths', 0))).toEqual(['horizonMonths']);
    expect(rejectedPaths(withField('horizonMonths', 'x'))).toEqual(['horizonMonths']);
    expect(rejectedPaths(withField('investmentMonths', 601))).toEqual(['investmentMonths']);
    expect(rejectedPaths(withField('horizonMonths', undefined))).toEqual(['horizonMonths']);
  });
});
