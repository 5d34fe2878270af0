import { describe, expect, it } from 'vitest';
import { explainMonth } from '../../../src/engine/index';
import { explainSections, monthContext } from '../../../src/ui/explain/explain-text';
import { formatMoney } from '../../../src/ui/format/money';
import { goldenCase } from '../charts/golden-result';

const labels = { msp: 'VSHN', isv: 'ISV' };

describe('a month in plain words', () => {
  it('has readable text in every month of several golden vectors (no NaN, undefined or raw minus zero)', () => {
    for (const prefix of ['01', '02', '03', '05', '11', '23']) {
      const { result } = goldenCase(prefix);
      for (let m = 1; m <= result.horizonMonths; m++) {
        const e = explainMonth(result, m);
        for (const s of explainSections(e, labels, 'CHF')) {
          expect(s.text, `${prefix} month ${m} ${s.key}`).not.toMatch(/NaN|undefined|null|-0\.00/);
          expect(s.text.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('tells each phase by its own rule', () => {
    const { result } = goldenCase('01');
    const phases = Array.from(result.phase);
    const text = (phase: number) =>
      explainSections(explainMonth(result, phases.indexOf(phase) + 1), labels, 'CHF')
        .map((s) => `${s.title}: ${s.text}`)
        .join('\n');
    expect(text(1)).toContain('Before go-live nothing is sold');
    expect(text(2)).toContain('split in proportion to this month’s costs');
    expect(text(2)).toContain('To leave phase 2, revenue has to cover both partners’ costs');
    expect(text(3)).toContain('Catch-up: At the start of the month ISV had lost');
    expect(text(4)).toContain('50/50 part');
    expect(text(5)).toContain('Proportional remainder');
  });

  it('states the shortfall of a cash-flow negative month exactly', () => {
    const { result } = goldenCase('01');
    const month = Array.from(result.phase).indexOf(2) + 1;
    const e = explainMonth(result, month);
    const shortfall = formatMoney(e.surplus.slice(1), 'CHF');
    const all = explainSections(e, labels, 'CHF')
      .map((s) => s.text)
      .join(' ');
    expect(e.surplus.startsWith('-')).toBe(true);
    expect(all).toContain(`fell ${shortfall} short`);
  });

  it('counts months of operation from go-live', () => {
    const { result } = goldenCase('01');
    const g = result.summary.goLiveMonth;
    expect(monthContext(explainMonth(result, g))).toBe('the go-live month');
    expect(monthContext(explainMonth(result, g + 19))).toBe('month 20 of operation');
    expect(monthContext(explainMonth(result, 1))).toBe(
      `investment month 1 of ${g - 1}, before go-live`,
    );
  });
});
