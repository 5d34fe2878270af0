import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../../src/ui/format/money';
import {
  barExtent,
  barLabel,
  effectText,
  largestSize,
  roundedMoney,
} from '../../../../src/ui/analysis/sensitivity/effect-text';

describe('tornado effect text', () => {
  it('says how the break-even month moves, and "never" cleanly', () => {
    expect(effectText({ kind: 'months', delta: 3, month: 29 }, 26, 'CHF')).toBe(
      'month 29: 3 months later than month 26',
    );
    expect(effectText({ kind: 'months', delta: -1, month: 25 }, 26, 'CHF')).toBe(
      'month 25: 1 month earlier than month 26',
    );
    expect(effectText({ kind: 'lost' }, 26, 'CHF')).toBe(
      'no longer breaks even within the horizon (was month 26)',
    );
    expect(effectText({ kind: 'gained', month: 40 }, null, 'CHF')).toBe(
      'now breaks even, in month 40',
    );
    expect(effectText({ kind: 'still-never' }, null, 'CHF')).toBe(
      'still never breaks even within the horizon',
    );
  });

  it('writes money exactly, with the sign of the change', () => {
    const effect = {
      kind: 'money',
      delta: '1234.56',
      cents: 123456n,
      value: '9999999999999.99',
    } as const;
    const text = effectText(effect, 26, 'CHF');
    expect(text).toBe(
      `${formatMoney('9999999999999.99', 'CHF')} (+${formatMoney('1234.56', 'CHF')})`,
    );
    // Past 2^53 cents: every digit survives (no float on the way).
    expect(text.replace(/[^0-9.]/g, '')).toContain('9999999999999.99');
  });

  it('draws lost and gained break-even across the half-width, finite ones to scale', () => {
    const effects = [
      { kind: 'months', delta: 4, month: 30 },
      { kind: 'months', delta: -2, month: 24 },
      { kind: 'lost' },
    ] as const;
    expect(largestSize(effects)).toBe(4);
    expect(effects.map((e) => barExtent(e, 4))).toEqual([1, -0.5, 1]);
    expect(barExtent({ kind: 'gained', month: 9 }, 4)).toBe(-1);
    expect(barLabel({ kind: 'months', delta: -2, month: 24 })).toBe('−2 mo');
    expect(barLabel({ kind: 'lost' })).toBe('never');
  });

  it('rounds a bar’s amount to three significant digits of whole units, one grouping', () => {
    const whole = (text: string) => formatMoney(text, 'CHF').replace(/[.,]00(?=\D*$)/, '');
    expect(roundedMoney(2442770n, 'CHF')).toBe(`+${whole('24400')}`);
    // Negative amounts take the money format's own negative form.
    expect(roundedMoney(-100620547n, 'CHF')).toBe(whole('-1010000'));
    expect(roundedMoney(8749n, 'CHF')).toBe(`+${whole('87')}`);
    // No decimals: "0.1 CHF" precision is gone from the bars.
    expect(roundedMoney(123456789n, 'CHF')).not.toMatch(/[.,]\d{1,2}$/);
  });
});
