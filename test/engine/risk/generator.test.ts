import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, sfc32Stream, uniform } from '../../../src/engine/risk/generator';
import { compareDecimal } from '../../../src/engine/index';
import { sampleText, triangular, withDecimals } from '../../../src/engine/risk/triangular';
import type { SampleRange } from '../../../src/engine/risk/triangular';
import { scaledText } from '../scenario-arbitrary';

/**
 * The generator and the sampler of spec sections 10.2 and 10.3. The expected values were computed
 * by a separate Python transcription of the spec (arbitrary-precision integers masked to 32 bits,
 * Python floats), so they check the JavaScript word arithmetic, not just its consistency.
 */
describe('the generator (spec 10.2)', () => {
  it('fmix32 is MurmurHash3’s finaliser on unsigned words', () => {
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).toBe(0x514e28b7);
    expect(fmix32(0x9e3779b9)).toBe(0x92ca2f0e);
    expect(fmix32(4294967295)).toBe(0x81f16f39);
  });

  it('sfc32 for (seed 1, run 0, index 0) starts 38874132, 984911739, 2903740276, 1465314419', () => {
    const next = sfc32Stream(1, 0, 0);
    expect([next(), next(), next(), next()]).toEqual([38874132, 984911739, 2903740276, 1465314419]);
  });

  it.each([
    [1, 0, 0, 0.258517830429177],
    [7, 0, 3, 0.7823499200093678],
    [4294967295, 0, 5, 0.6856985506096532],
    [42, 149, 12, 0.532819396521627],
    [0, 9999, 14, 0.7601312229551447],
  ])('u(seed %i, run %i, index %i) is %f, bit for bit', (seed, run, index, u) => {
    expect(uniform(seed, run, index)).toBe(u);
  });

  it('always gives a double in [0, 1) with at most 53 significant bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4294967295 }),
        fc.nat(9999),
        fc.nat(14),
        (seed, run, index) => {
          const u = uniform(seed, run, index);
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThan(1);
          expect(Number.isInteger(u * 2 ** 53)).toBe(true);
        },
      ),
    );
  });
});

describe('sampling a value (spec 10.3)', () => {
  it.each([
    [0.7823499200093678, 1, 3, 6, 4.193137747403116],
    [0.1, 250, 390, 450, 302.9150262212918],
    [0.9, -5, 0, 3, 1.4508066615170334],
    [0.3, 0.5, 1, 5, 1.4503521301402302],
  ])('triangular(%f; %f, %f, %f) is %f, bit for bit', (u, a, c, b, x) => {
    expect(triangular(u, a, c, b)).toBe(x);
  });

  it('writes the value with exactly the field’s decimals, rounded half away from zero', () => {
    expect(sampleText(0.7823499200093678, { low: '1', mode: '3', high: '6', decimals: 6 })).toBe(
      '4.193138',
    );
    expect(sampleText(0.5, { low: '100', mode: '100', high: '150', decimals: 2 })).toMatch(
      /^\d+\.\d\d$/,
    );
    expect(sampleText(0.5, { low: '0', mode: '6', high: '18', decimals: 0 })).toMatch(/^\d+$/);
  });

  it('gives the low end for u = 0 and the high end just below u = 1', () => {
    const range = { low: '-5', mode: '0', high: '3', decimals: 4 };
    expect(sampleText(0, range)).toBe('-5.0000');
    expect(sampleText(1 - 2 ** -53, range)).toBe('3.0000');
  });

  it('reads a mode at the low end as a one-sided triangle', () => {
    const range = { low: '390', mode: '390', high: '520', decimals: 2 };
    expect(sampleText(0, range)).toBe('390.00');
    expect(Number(sampleText(0.5, range))).toBeGreaterThan(390);
  });

  it('never writes -0: a draw just below zero that rounds to zero is 0', () => {
    // x = −1 + √(u·2·1) is −0.00001 for u = 0.49999: toFixed(4) alone would give "-0.0000".
    expect(sampleText(0.49999, { low: '-1', mode: '0', high: '1', decimals: 4 })).toBe('0.0000');
  });

  it('stays within [low, high] with the field’s decimals for any u', () => {
    const decimals = fc.constantFrom(0, 2, 4, 6);
    const range = fc
      .tuple(fc.integer({ min: -5000, max: 5000 }), fc.nat(3000), fc.nat(3000), decimals)
      .filter(([, below, above]) => below + above > 0)
      // Bounds have at most the field's decimals (the schema sees to that): tenths, or wholes for 0.
      .map(([mode, below, above, d]) => {
        const scale = d === 0 ? 1 : 10;
        return {
          low: String((mode - below) / scale),
          mode: String(mode / scale),
          high: String((mode + above) / scale),
          decimals: d,
        };
      });
    fc.assert(
      fc.property(range, fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r, u) => {
        const text = sampleText(u, r);
        const value = Number(text);
        expect(value).toBeGreaterThanOrEqual(Number(r.low));
        expect(value).toBeLessThanOrEqual(Number(r.high));
        expect(text.split('.')[1]?.length ?? 0).toBe(r.decimals);
        expect(text.startsWith('-0') && value === 0).toBe(false);
      }),
    );
  });

  it('equals the spec read literally (toFixed, then an exact clamp, then no "-0") at every kind’s extremes', () => {
    /** 10.3 word for word, exact comparisons on the text. */
    const literal = (u: number, r: SampleRange): string => {
      let text = triangular(u, Number(r.low), Number(r.mode), Number(r.high)).toFixed(r.decimals);
      if (/^-0(\.0*)?$/.test(text)) text = text.slice(1);
      if (compareDecimal(text, r.low) < 0) return withDecimals(r.low, r.decimals);
      if (compareDecimal(text, r.high) > 0) return withDecimals(r.high, r.decimals);
      return text;
    };
    // Table 10.1's kinds: money, percent, count, integer, effort (bounds and decimals).
    const kinds = [
      { min: 0n, max: 100_000_000_000n, d: 2 },
      { min: -500_000n, max: 1_000_000n, d: 4 },
      { min: 0n, max: 10_000_000_000_000n, d: 6 },
      { min: 0n, max: 10_000_000n, d: 0 },
      { min: 0n, max: 100_000n, d: 2 },
    ];
    const range = fc.constantFrom(...kinds).chain((k) =>
      fc
        .uniqueArray(fc.bigInt(k.min, k.max), { minLength: 2, maxLength: 3 })
        .map((xs) => [...xs].sort((x, y) => (x < y ? -1 : 1)))
        .map(([low = 0n, second = 0n, third]) => ({
          low: scaledText(low, k.d),
          mode: scaledText(third === undefined ? low : second, k.d),
          high: scaledText(third ?? second, k.d),
          decimals: k.d,
        })),
    );
    const u = fc.oneof(
      fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      fc.constantFrom(0, 2 ** -53, 0.5, 1 - 2 ** -53),
    );
    fc.assert(
      fc.property(range, u, (r, x) => {
        expect(sampleText(x, r)).toBe(literal(x, r));
      }),
      {
        numRuns: 2000,
      },
    );
  });
});
