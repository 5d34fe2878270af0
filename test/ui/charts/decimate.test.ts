import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decimateIndices, decimateSeries } from '../../../src/ui/charts/decimate';

const series = fc
  .array(fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constant(Number.NaN)), {
    minLength: 1,
    maxLength: 3000,
  })
  .filter((ys) => ys.some((y) => !Number.isNaN(y)));

const extremeIndices = (ys: number[], pick: (a: number, b: number) => boolean) => {
  let best = -1;
  ys.forEach((y, i) => {
    if (!Number.isNaN(y) && (best < 0 || pick(y, ys[best] as number))) best = i;
  });
  return best;
};

describe('decimateIndices', () => {
  it('draws everything when there is room for it', () => {
    expect(Array.from(decimateIndices([3, 1, 2], 100))).toEqual([0, 1, 2]);
  });

  it('keeps at most four points per pixel column, in month order, first and last included', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 400 }), (ys, cols) => {
        const idx = Array.from(decimateIndices(ys, cols));
        expect(idx.length).toBeLessThanOrEqual(Math.min(ys.length, cols * 4));
        expect(idx[0]).toBe(0);
        expect(idx[idx.length - 1]).toBe(ys.length - 1);
        for (let j = 1; j < idx.length; j++) expect(idx[j]).toBeGreaterThan(idx[j - 1] as number);
      }),
    );
  });

  it('keeps the highest and the lowest value of the whole series', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 400 }), (ys, cols) => {
        const kept = new Set(Array.from(decimateIndices(ys, cols)).map((i) => ys[i]));
        expect(kept.has(ys[extremeIndices(ys, (a, b) => a > b)])).toBe(true);
        expect(kept.has(ys[extremeIndices(ys, (a, b) => a < b)])).toBe(true);
      }),
    );
  });

  it('keeps the extremes of every pixel column, so the drawn shape covers the same pixels', () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 200 }), (ys, cols) => {
        fc.pre(ys.length > cols * 4);
        const kept = new Set(decimateIndices(ys, cols));
        for (let c = 0; c < cols; c++) {
          const start = Math.floor((c * ys.length) / cols);
          const end = Math.floor(((c + 1) * ys.length) / cols);
          const col = ys.slice(start, end);
          const finite = col.filter((y) => !Number.isNaN(y));
          if (finite.length === 0) continue;
          const values = new Set([...kept].filter((i) => i >= start && i < end).map((i) => ys[i]));
          expect(values.has(Math.max(...finite))).toBe(true);
          expect(values.has(Math.min(...finite))).toBe(true);
        }
      }),
    );
  });

  it('reduces 6,000 months to about four points per column', () => {
    const ys = Float64Array.from({ length: 6000 }, (_, i) => Math.sin(i / 7) * i);
    const idx = decimateIndices(ys, 700);
    expect(idx.length).toBeLessThanOrEqual(2800);
    expect(idx.length).toBeGreaterThan(1400);
  });
});

describe('decimateSeries', () => {
  it('labels points with 1-based months and leaves the data alone', () => {
    const ys = Float64Array.from([5, 4, 3, 2, 1, 0, 1, 2, 3]);
    const copy = ys.slice();
    const pts = decimateSeries(ys, 1);
    expect(pts[0]).toEqual({ month: 1, value: 5 });
    expect(pts.map((p) => p.month)).toEqual([1, 6, 9]);
    expect(ys).toEqual(copy);
  });
});
