import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactIntsWriter, concatExact, sumExact } from '../../../src/engine/risk/exact-ints';
import { bandMonths } from '../../../src/engine/risk/finish';
import {
  bigPercentiles,
  nearestRankIndex,
  percentiles,
} from '../../../src/engine/risk/percentiles';

/** The building blocks of spec section 10.4, each against its plain definition. */
const sortedRanks = (values: readonly number[]): [number, number, number] => {
  const sorted = [...values].sort((x, y) => x - y);
  const at = (q: number) => sorted[Math.max(1, Math.ceil((q * values.length) / 100)) - 1] ?? NaN;
  return [at(10), at(50), at(90)];
};

describe('nearest-rank percentiles', () => {
  it('take the k-th value with k = max(1, ceil(q × runs / 100))', () => {
    expect(nearestRankIndex(10, 1)).toBe(0);
    expect(nearestRankIndex(90, 1)).toBe(0);
    expect(nearestRankIndex(10, 5)).toBe(0); // ceil(0.5) = 1
    expect(nearestRankIndex(50, 5)).toBe(2); // ceil(2.5) = 3
    expect(nearestRankIndex(90, 5)).toBe(4); // ceil(4.5) = 5
    expect(nearestRankIndex(50, 200)).toBe(99); // exactly 100
    expect(nearestRankIndex(90, 10_000)).toBe(8999);
  });

  it('select the same values as sorting, for any values with any repeats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          expect(percentiles(Float64Array.from(xs))).toEqual(sortedRanks(xs));
          expect(bigPercentiles(xs.map(BigInt))).toEqual(sortedRanks(xs).map(BigInt));
        },
      ),
    );
  });

  it('are exact over the whole safe range, with outliers and long runs of one value', () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.maxSafeInteger(),
      fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0x7fffffff),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5000 }), (xs) => {
        expect(percentiles(Float64Array.from(xs))).toEqual(sortedRanks(xs));
      }),
    );
  });

  it('are exact when the values between the sampled ones differ from them', () => {
    // Every third value is sampled for 1,000 values: the samples all read 0.
    const between = [-7, 9];
    const xs = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? 0 : (between[i % 2] ?? 0)));
    expect(percentiles(Float64Array.from(xs))).toEqual(sortedRanks(xs));
    const outliers = Array.from({ length: 1000 }, (_, i) => (i % 3 === 1 ? 2 ** 52 - i : i % 5));
    expect(percentiles(Float64Array.from(outliers))).toEqual(sortedRanks(outliers));
  });

  it('sort a never (the largest value) after every month', () => {
    const never = 0x7fffffff;
    expect(percentiles(Float64Array.from([never, 30, never, 12, never]))).toEqual([
      12,
      never,
      never,
    ]);
  });
});

describe('exact integers for many runs', () => {
  it('stay a Float64Array while every value is a safe integer', () => {
    const w = new ExactIntsWriter(3);
    w.set(0, -41200);
    w.set(1, 2n ** 53n - 1n);
    w.set(2, 7);
    expect(w.values).toEqual(Float64Array.from([-41200, 2 ** 53 - 1, 7]));
  });

  it('switch to bigints, keeping what was written, when one value is not', () => {
    const w = new ExactIntsWriter(3);
    w.set(0, 5);
    w.set(1, -(10n ** 30n));
    w.set(2, 6);
    expect(w.values).toEqual([5n, -(10n ** 30n), 6n]);
  });

  it('concatenate as numbers, or as bigints when any part holds bigints', () => {
    const a = Float64Array.from([1, 2]);
    expect(concatExact([a, Float64Array.from([3])])).toEqual(Float64Array.from([1, 2, 3]));
    expect(concatExact([a, [10n ** 20n]])).toEqual([1n, 2n, 10n ** 20n]);
  });

  it('sum exactly even where float64 sums would round', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(sumExact(Float64Array.from([big, big, 1, -3]))).toBe(2n * BigInt(big) - 2n);
    fc.assert(
      fc.property(fc.array(fc.maxSafeInteger()), (xs) => {
        expect(sumExact(Float64Array.from(xs))).toBe(xs.reduce((s, x) => s + BigInt(x), 0n));
      }),
    );
  });
});

describe('band months', () => {
  it('are every month up to 240 months', () => {
    expect(bandMonths(1)).toEqual([1]);
    expect(bandMonths(240)).toEqual(Array.from({ length: 240 }, (_, i) => i + 1));
  });

  it('are ceil(i × H / 240) for i = 1…240 beyond, ending at the horizon', () => {
    const months = bandMonths(600);
    expect(months).toHaveLength(240);
    expect(months.slice(0, 5)).toEqual([3, 5, 8, 10, 13]);
    expect(months.at(-1)).toBe(600);
    expect(bandMonths(241).slice(0, 3)).toEqual([2, 3, 4]);
    expect(bandMonths(6000).slice(0, 2)).toEqual([25, 50]);
  });
});
