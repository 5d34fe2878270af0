import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DECIMAL_PATTERN,
  canonicalDecimal,
  compareDecimal,
  decimalPlaces,
  decimalTextOf,
} from '../../src/engine';

/** Exact reference: a pattern-conforming decimal as a BigInt scaled by 10^scale. */
function scaled(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const [int = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const value = BigInt(int + frac.padEnd(scale, '0'));
  return negative ? -value : value;
}

const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 10n ** 15n }).map(String)),
    fc.option(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 8 })),
  )
  .map(([negative, int, frac]) => `${negative ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);

describe('decimal text', () => {
  it('reads strings as written and JSON numbers as their shortest text', () => {
    expect(decimalTextOf('87.350')).toBe('87.350');
    expect(decimalTextOf(87.35)).toBe('87.35');
    expect(decimalTextOf(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(decimalTextOf(-0)).toBe('0');
    expect(decimalTextOf(1e21)).toBeNull();
    expect(decimalTextOf(1e-7)).toBeNull();
    expect(decimalTextOf(Number.NaN)).toBeNull();
    expect(decimalTextOf(Number.POSITIVE_INFINITY)).toBeNull();
    expect(decimalTextOf(true)).toBeNull();
    expect(decimalTextOf(10n)).toBeNull();
    expect(decimalTextOf('1e3')).toBeNull();
  });

  it('counts decimal places on the value', () => {
    expect(decimalPlaces('87.350')).toBe(2);
    expect(decimalPlaces('5.0')).toBe(0);
    expect(decimalPlaces('0.0001')).toBe(4);
    expect(decimalPlaces('-3')).toBe(0);
    expect(decimalPlaces('0.30000000000000004')).toBe(17);
  });

  it('normalizes to canonical text', () => {
    expect(canonicalDecimal('87.350')).toBe('87.35');
    expect(canonicalDecimal('5.000')).toBe('5');
    expect(canonicalDecimal('-0')).toBe('0');
    expect(canonicalDecimal('-0.000')).toBe('0');
    expect(canonicalDecimal('-3.10')).toBe('-3.1');
    expect(canonicalDecimal('0.0001')).toBe('0.0001');
  });

  it('compares exactly, beyond float precision', () => {
    expect(compareDecimal('1000000000.01', '1000000000')).toBe(1);
    expect(compareDecimal('-50.0001', '-50')).toBe(-1);
    expect(compareDecimal('-0', '0')).toBe(0);
    expect(compareDecimal('100.000', '100')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimal('0.10000000000000000001', '0.1')).toBe(1);
  });

  it('agrees with exact BigInt arithmetic on random decimals (property)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(a).toMatch(DECIMAL_PATTERN);
        const expected = Math.sign(Number(scaled(a, 8) - scaled(b, 8)));
        expect(compareDecimal(a, b)).toBe(expected === 0 ? 0 : expected);
        const canonical = canonicalDecimal(a);
        expect(compareDecimal(canonical, a)).toBe(0);
        expect(canonicalDecimal(canonical)).toBe(canonical);
        expect(canonical).toMatch(/^(0|-?[1-9][0-9]*(\.[0-9]*[1-9])?|-?0\.[0-9]*[1-9])$/);
      }),
    );
  });
});
