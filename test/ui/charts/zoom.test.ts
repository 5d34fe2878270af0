import { describe, expect, it } from 'vitest';
import {
  clampRange,
  fitRange,
  isWhole,
  MIN_SPAN,
  panRange,
  rangeShowing,
  wholeRange,
  zoomRange,
} from '../../../src/ui/charts/zoom';

describe('the timeline zoom range', () => {
  it('fits a little after the last break-even, or the whole horizon', () => {
    expect(fitRange([26, 26, 26], 120)).toEqual([1, 33]);
    expect(fitRange([10, 40, null], 120)).toEqual([1, 50]);
    expect(fitRange([null, null, null], 120)).toEqual([1, 120]);
    // Nearly the whole horizon anyway: all of it.
    expect(fitRange([100, 100, 100], 120)).toEqual([1, 120]);
  });

  it('stays inside the horizon and at least MIN_SPAN months wide', () => {
    expect(clampRange([-5, 3], 120)).toEqual([1, 9]);
    expect(clampRange([118, 200], 120)).toEqual([120 - 82, 120]);
    expect(clampRange([50, 50], 120)).toEqual([50, 50 + MIN_SPAN - 1]);
    expect(clampRange([1, 40], 12)).toEqual([1, 12]);
    expect(wholeRange(1)).toEqual([1, 2]);
  });

  it('zooms about a month, pans and follows a month out of view', () => {
    expect(zoomRange([1, 101], 0.5, 120, 51)).toEqual([26, 76]);
    expect(isWhole(zoomRange([1, 61], 2, 120), 120)).toBe(true);
    expect(panRange([1, 21], 0.5, 120)).toEqual([11, 31]);
    expect(panRange([100, 120], 0.5, 120)).toEqual([100, 120]);
    expect(rangeShowing([1, 33], 40, 120)).toEqual([8, 40]);
    expect(rangeShowing([1, 33], 20, 120)).toEqual([1, 33]);
  });
});
