import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatAxisMoney,
  formatCount,
  formatExactByTemplate,
  formatMoney,
  formatSignedMoney,
  intlFormatsStringsExactly,
} from '../../../src/ui/format/money';
import { formatPercentText, formatRatio } from '../../../src/ui/format/percent';
import { formatDecimal } from '../../../src/ui/format/number';
import { t } from '../../../src/ui/i18n/i18n';

// The minus sign is U+2212; digitsOf reads it as "-" so amounts compare with canonical text.
const digitsOf = (s: string) => s.replace(/\u2212/g, '-').replace(/[^0-9-]/g, '');

const chf = new Intl.NumberFormat('de-CH', {
  style: 'currency',
  currency: 'CHF',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

describe('formatMoney', () => {
  it('writes CHF in Swiss style with grouped thousands and two decimals', () => {
    expect(formatMoney('79828.74', 'CHF')).toBe("CHF\u00a079'828.74");
    expect(formatMoney('1490', 'CHF')).toBe("CHF\u00a01'490.00");
    expect(formatMoney('0.00', 'CHF')).toBe('CHF\u00a00.00');
    expect(formatMoney('-0.00', 'CHF')).toBe('CHF\u00a00.00');
  });

  it('puts the sign of a loss before the currency, as a minus sign', () => {
    expect(formatMoney('-44631.26', 'CHF')).toBe("\u2212CHF\u00a044'631.26");
    expect(formatMoney('-44631.26', 'CHF', 'de-CH')).toBe("\u2212CHF\u00a044'631.26");
  });

  it('signs a change both ways', () => {
    expect(formatSignedMoney('24427700', 'CHF')).toBe("+CHF\u00a024'427'700.00");
    expect(formatSignedMoney('-5848050.00', 'CHF')).toBe("\u2212CHF\u00a05'848'050.00");
    expect(formatSignedMoney('0.00', 'CHF')).toBe('CHF\u00a00.00');
  });

  it('writes euros and dollars in their usual form, CHF in the Swiss one', () => {
    expect(formatMoney('1234.50', 'EUR')).toBe('€1,234.50');
    expect(formatMoney('-1234.50', 'EUR')).toBe('\u2212€1,234.50');
    expect(formatMoney('1234.50', 'USD')).toBe('$1,234.50');
    expect(formatMoney('-1234.50', 'EUR', 'de-DE')).toBe('\u22121.234,50\u00a0€');
    expect(formatMoney('1234.50', 'GBP')).toMatch(/^£\s?1'234\.50$/);
  });

  it('is exact for amounts above 2^53 (a float would change the last digits)', () => {
    expect(intlFormatsStringsExactly()).toBe(true);
    const text = formatMoney('123456789012345678901.23', 'CHF');
    expect(digitsOf(text)).toBe('12345678901234567890123');
    expect(digitsOf(formatMoney('-9007199254740993.01', 'CHF'))).toBe('-900719925474099301');
  });

  it('rejects anything that is not exact decimal text', () => {
    expect(() => formatMoney('1e21', 'CHF')).toThrow(TypeError);
    expect(() => formatMoney("1'000.00", 'CHF')).toThrow(TypeError);
  });
});

describe('counts, compact amounts, percentages and messages share one grouping', () => {
  it('groups counts like money, from 1000 on', () => {
    expect(formatCount(5000)).toBe("5'000");
    expect(formatCount(5000, 'de-CH')).toBe("5'000");
    expect(formatCount(1_000_000_000)).toBe("1'000'000'000");
    expect(formatCount(-5)).toBe('\u22125');
    expect(formatCount(12345678901234567890n)).toBe("12'345'678'901'234'567'890");
  });

  it('writes compact amounts by language: never "Mio." in English', () => {
    expect(formatAxisMoney(4_100_000, 'en-CH')).toBe('4.1M');
    expect(formatAxisMoney(4_100_000, 'de-CH')).toBe('4.1\u00a0Mio.');
    expect(formatAxisMoney(-120_000, 'en-CH')).toBe('\u2212120k');
    expect(formatAxisMoney(5000, 'de-CH')).toBe("5'000");
    expect(formatAxisMoney(10000, 'de-CH')).toBe("10'000");
    expect(formatAxisMoney(0, 'en-CH')).toBe('0');
  });

  it('has one percent rule per language', () => {
    expect(formatPercentText('69.39', 'en-CH')).toBe('69.39%');
    expect(formatPercentText('69.39', 'de-CH')).toBe('69.39\u00a0%');
    expect(formatPercentText('-2.5', 'en-CH')).toBe('\u22122.5%');
    expect(formatRatio(0.234)).toBe('23.4%');
    expect(formatRatio(0.234, 1, 'de-CH')).toBe('23.4\u00a0%');
  });

  it('groups decimals and the numbers inside messages as the figures', () => {
    expect(formatDecimal(5000.5, 1)).toBe("5'000.5");
    expect(t('format.monthsBeforeGoLive', { count: 1_000_000_000 })).toBe(
      "1'000'000'000 months before go-live",
    );
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
