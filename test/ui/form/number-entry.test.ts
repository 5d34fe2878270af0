import { describe, expect, it } from 'vitest';
import { readNumberEntry } from '../../../src/ui/form/number-entry';

describe('reading a typed or pasted number', () => {
  it.each([
    ["1'490", '1490'],
    ['1’490', '1490'],
    [' 1 490 ', '1490'],
    ['1\u00a0490', '1490'],
    ['1\u2009490.50', '1490.50'],
    ["1'000'000", '1000000'],
    ["-12'345.6", '-12345.6'],
    ['  390  ', '390'],
    ['87.35', '87.35'],
  ])('reads %j as %j, the grouping the app itself shows', (typed, text) => {
    expect(readNumberEntry(typed)).toEqual({ ok: true, text });
  });

  it('asks for a point instead of a decimal comma', () => {
    expect(readNumberEntry('12,5')).toEqual({
      ok: false,
      message: 'Use a point for decimals (12.5) and no commas',
    });
  });

  it.each(["1'49", "14'90", "1'490'5", "'490", '1 2 3'])(
    'refuses misplaced grouping in %j with a precise message',
    (typed) => {
      expect(readNumberEntry(typed)).toEqual({
        ok: false,
        message: "Group digits in threes (1'490) or leave the grouping out",
      });
    },
  );

  it('leaves other text for the schema to judge', () => {
    expect(readNumberEntry('abc')).toEqual({ ok: true, text: 'abc' });
    expect(readNumberEntry('')).toEqual({ ok: true, text: '' });
  });
});
