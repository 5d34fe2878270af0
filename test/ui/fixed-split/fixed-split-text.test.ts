import { describe, expect, it } from 'vitest';
import {
  compareWithFivePhase,
  defaultSplitPct,
  fivePhaseFigures,
  fixedSplit,
  fixedSplitInputOf,
} from '../../../src/engine/index';
import { detailSentence, verdictSentence } from '../../../src/ui/fixed-split/fixed-split-text';
import { parsePctInput, pctFromSlider } from '../../../src/ui/fixed-split/pct-text';
import { goldenCase } from '../charts/golden-result';

const labels = { msp: 'VSHN', isv: 'ISV' };

describe('the comparison in words', () => {
  it('says when a fixed split changes nothing for anyone', () => {
    // A model whose figures equal the split's own: nothing to gain or lose.
    const { result } = goldenCase('01');
    const split = fixedSplit(fixedSplitInputOf(result), '50');
    const model = fivePhaseFigures(result);
    const same = { ...model, msp: split.msp, isv: split.isv };
    const diff = compareWithFivePhase(same, split);
    expect(verdictSentence(split, diff, labels, 'CHF', 120)).toContain(
      'both partners end the 120 months exactly where the five-phase model leaves them',
    );
  });

  it('names the partner who gains as the one whose final position rises', () => {
    const { result } = goldenCase('01');
    const model = fivePhaseFigures(result);
    for (const pct of ['5', '95']) {
      const split = fixedSplit(fixedSplitInputOf(result), pct);
      const diff = compareWithFivePhase(model, split);
      const winner = diff.isv.finalPosition.startsWith('-') ? 'VSHN' : 'ISV';
      expect(verdictSentence(split, diff, labels, 'CHF', 120)).toMatch(
        new RegExp(`, ${winner} ends the 120 months CHF[^ ]* better off`),
      );
    }
  });

  it('describes later, earlier and missing break-evens', () => {
    const { result } = goldenCase('01');
    const model = fivePhaseFigures(result);
    const split = fixedSplit(fixedSplitInputOf(result), '0');
    const diff = compareWithFivePhase(model, split);
    // With 0 % the ISV never receives anything and never breaks even.
    expect(detailSentence(model, split, diff, labels, 'CHF')).toContain(
      `ISV never breaks even (month ${model.isv.breakEvenMonth} under the five-phase model)`,
    );
  });

  it('counts the months a break-even moves, in words', () => {
    const { result } = goldenCase('01');
    const model = fivePhaseFigures(result);
    const split = fixedSplit(
      fixedSplitInputOf(result),
      String(defaultSplitPct(fixedSplitInputOf(result))),
    );
    const diff = compareWithFivePhase(model, split);
    const text = detailSentence(model, split, diff, labels, 'CHF');
    let moves = 0;
    for (const key of ['msp', 'isv'] as const) {
      const moved = diff[key].breakEvenMonths ?? 0;
      if (moved === 0) continue;
      moves++;
      const n = Math.abs(moved);
      const way = moved > 0 ? 'later' : 'earlier';
      expect(text).toContain(
        `${labels[key]} breaks even in month ${split[key].breakEvenMonth} instead of ${model[key].breakEvenMonth} (${n} month${n === 1 ? '' : 's'} ${way})`,
      );
    }
    expect(moves).toBeGreaterThan(0);
    expect(text).not.toContain('#');
  });
});

describe('percentage input', () => {
  it('accepts 0…100 with at most one decimal, with a comma too', () => {
    expect(parsePctInput('61.3')).toBe('61.3');
    expect(parsePctInput('61,3')).toBe('61.3');
    expect(parsePctInput('0')).toBe('0.0');
    expect(parsePctInput('100')).toBe('100.0');
    expect(parsePctInput('100.1')).toBeNull();
    expect(parsePctInput('1.25')).toBeNull();
    expect(parsePctInput('-1')).toBeNull();
    expect(parsePctInput('')).toBeNull();
    expect(parsePctInput('07')).toBeNull();
  });

  it('turns a noisy slider value into exact tenths', () => {
    expect(pctFromSlider('61.300000000000004')).toBe('61.3');
    expect(pctFromSlider('0')).toBe('0.0');
    expect(pctFromSlider('100')).toBe('100.0');
    expect(pctFromSlider('99.99999')).toBe('100.0');
  });
});
