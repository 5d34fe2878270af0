import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatExactByTemplate,
  formatMoney,
  intlFormatsStringsExactly,
} from '../../../src/ui/format/money';

// Separators differ between ICU versions (ASCII ' or ’), so tests compare digits, not glyphs.
const digitsOf = (s: string) => s.replace(/[^0-9-]/g, '');

const chf = new Intl.NumberFormat('de-CH', {
  style: 'currency',
  currency: 'CHF',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

describe('formatMoney', () => {
  it('writes CHF in Swiss style with grouped thousands and two decimals', () => {
    expect(formatMoney('79828.74', 'CHF')).toMatch(/^CHF\s79['’]828\.74$/);
    expect(formatMoney('0.00', 'CHF')).toMatch(/^CHF\s0\.00$/);
  });

  it('keeps the sign of a loss', () => {
    expect(formatMoney('-41200.09', 'CHF')).toMatch(/^CHF.?-41['’]200\.09$/);
  });

  it('writes euros and dollars in their usual form, CHF in the Swiss one', () => {
    expect(formatMoney('1234.50', 'EUR')).toBe('€1,234.50');
    expect(formatMoney('1234.50', 'USD')).toBe('$1,234.50');
    expect(formatMoney('1234.50', 'GBP')).toMatch(/^£\s?1['’]234\.50$/);
  });

  it('is exact for amounts above 2^53 (a float would change the last digits)', () => {
    expect(intlFormatsStringsExactly()).toBe(true);
    const text = formatMoney('123456789012345678901.23', 'CHF');
    expect(digitsOf(text)).toBe('12345678901234567890123');
    expect(digitsOf(formatMoney('-9007199254740993.01', 'CHF'))).toBe('-900719925474099301');
  });

  it('rejects anything that is not exact decimal text', () => {
    expect(() => formatMoney('1e21', 'CHF')).toThrow(TypeError);
    expect(() => formatMoney('1’000.00', 'CHF')).toThrow(TypeError);
  });
});

describe('the string-grouping fallback', () => {
  it('gives the same text as Intl for any cent amount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (cents) => {
        const neg = cents < 0n;
        const abs = (neg ? -cents : cents).toString().padStart(3, '0');
        const text = `${neg ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
        // Below 2^53 / 100 Intl's own float path is exact too, so the two must agree.
        expect(formatExactByTemplate(text, chf)).toBe(chf.format(text as unknown as number));
      }),
    );
  });

  it('keeps every digit of a huge amount', () => {
    const text = formatExactByTemplate('-98765432109876543210.99', chf);
    expect(digitsOf(text)).toBe('-9876543210987654321099');
  });
});
