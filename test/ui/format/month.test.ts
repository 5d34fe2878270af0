import { describe, expect, it } from 'vitest';
import { formatMonth, relativeToGoLive } from '../../../src/ui/format/month';
import { formatPercentText, formatRatio } from '../../../src/ui/format/percent';

describe('month texts', () => {
  it('names the month and its distance from go-live', () => {
    // Break-even at the end of month 26, go-live at the start of month 7: 20 months live.
    expect(formatMonth(26, 7)).toBe('Month 26 · 20 months after go-live');
    expect(formatMonth(7, 7)).toBe('Month 7 · 1 month after go-live');
    expect(relativeToGoLive(3, 7)).toBe('3 months before go-live');
  });

  it('counts from the start of a month for things that begin then', () => {
    expect(formatMonth(12, 7, 'start')).toBe('Month 12 · 5 months after go-live');
    expect(relativeToGoLive(7, 7, 'start')).toBe('at go-live');
    expect(relativeToGoLive(3, 7, 'start')).toBe('4 months before go-live');
    expect(formatMonth(12)).toBe('Month 12');
  });
});

describe('percent texts', () => {
  it('keeps the digits of exact percent text', () => {
    expect(formatPercentText('23.45')).toBe('23.45%');
    expect(formatPercentText('-4.10')).toBe('-4.10%');
    expect(formatPercentText('100')).toBe('100%');
  });

  it('formats chart ratios as percentages', () => {
    expect(formatRatio(0.2345)).toBe('23.5%');
  });
});
