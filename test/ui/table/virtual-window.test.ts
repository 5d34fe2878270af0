import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  maxScrollTop,
  scrollTopToReveal,
  visibleColumns,
  visibleRange,
} from '../../../src/ui/table/virtual-window';

const g = { rowHeight: 32, headerHeight: 64, viewportHeight: 480, rowCount: 6000 };
const bodyRows = (480 - 64) / 32; // 13 rows fit below the header

describe('visibleRange', () => {
  it('renders the rows in view plus the overscan, at the top', () => {
    expect(visibleRange(0, g, 10)).toEqual({ start: 0, end: bodyRows + 10 });
  });

  it('follows the scroll offset, including a partly visible row', () => {
    expect(visibleRange(32 * 100 + 5, g, 0)).toEqual({ start: 100, end: 100 + bodyRows + 1 });
  });

  it('stops at the last row', () => {
    expect(visibleRange(maxScrollTop(g), g, 10)).toEqual({
      start: 6000 - bodyRows - 10,
      end: 6000,
    });
  });

  it('always covers every row that is on screen, and never many more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: maxScrollTop(g) }), (top) => {
        const { start, end } = visibleRange(top, g, 5);
        // Row i is on screen when it overlaps the body area below the sticky header.
        for (let i = Math.max(0, start - 3); i < Math.min(g.rowCount, end + 3); i++) {
          const y = g.headerHeight + i * g.rowHeight - top;
          const onScreen = y + g.rowHeight > g.headerHeight && y < g.viewportHeight;
          if (onScreen) expect(i >= start && i < end).toBe(true);
        }
        expect(end - start).toBeLessThanOrEqual(bodyRows + 1 + 2 * 5);
      }),
    );
  });
});

describe('scrollTopToReveal', () => {
  it('does not move when the row is already in view', () => {
    expect(scrollTopToReveal(105, 32 * 100, g)).toBe(32 * 100);
  });

  it('moves by the least amount for the row just below or above the view', () => {
    expect(scrollTopToReveal(100 + bodyRows, 32 * 100, g)).toBe(32 * 101);
    expect(scrollTopToReveal(99, 32 * 100, g)).toBe(32 * 99);
  });

  it('centres a row far away, and clamps at both ends', () => {
    const top = scrollTopToReveal(3000, 0, g);
    const y = g.headerHeight + 3000 * g.rowHeight - top;
    expect(
      Math.abs(y - (g.headerHeight + (g.viewportHeight - g.headerHeight - 32) / 2)),
    ).toBeLessThan(1);
    expect(scrollTopToReveal(5999, 0, g)).toBe(maxScrollTop(g));
    expect(scrollTopToReveal(0, 32 * 3000, g)).toBe(0);
  });

  it('always leaves the row fully visible below the header', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5999 }),
        fc.integer({ min: 0, max: maxScrollTop(g) }),
        (i, from) => {
          const top = scrollTopToReveal(i, from, g);
          const y = g.headerHeight + i * g.rowHeight - top;
          expect(y).toBeGreaterThanOrEqual(g.headerHeight);
          expect(y + g.rowHeight).toBeLessThanOrEqual(g.viewportHeight);
        },
      ),
    );
  });
});

describe('visibleColumns', () => {
  // A sticky 100 px column, then five of 200 px: columns 1..5 span 100-300, ..., 900-1100.
  const widths = [100, 200, 200, 200, 200, 200];

  it('renders every column when the scroller has no width yet', () => {
    expect(visibleColumns(0, 0, widths, 1)).toEqual({ first: 1, last: 5 });
  });

  it('renders the columns in view next to the sticky one, plus the overscan', () => {
    // View 0..500: the sticky column covers 0..100, columns 1 and 2 (100..500) are visible.
    expect(visibleColumns(0, 500, widths, 0)).toEqual({ first: 1, last: 2 });
    expect(visibleColumns(0, 500, widths, 1)).toEqual({ first: 1, last: 3 });
  });

  it('leaves out a column that is hidden under the sticky one', () => {
    // Scrolled 250 px: table x 350..750 shows beside the sticky column; column 1 (100..300) is gone.
    expect(visibleColumns(250, 500, widths, 0)).toEqual({ first: 2, last: 4 });
  });

  it('stops at the last column', () => {
    expect(visibleColumns(600, 500, widths, 2)).toEqual({ first: 2, last: 5 });
  });
});

describe('clampWindow', () => {
  it('keeps a window that fits the result as it is', () => {
    const win = { first: 3, start: 0, end: 25 };
    expect(clampWindow(win, 120)).toBe(win);
  });

  it('cuts a window of a longer result down to the rows the result has', () => {
    expect(clampWindow({ first: 100, start: 94, end: 120 }, 12)).toEqual({
      first: 11,
      start: 12,
      end: 12,
    });
    expect(clampWindow({ first: 0, start: 0, end: 25 }, 12)).toEqual({
      first: 0,
      start: 0,
      end: 12,
    });
  });

  it('never renders a row past the result, for any window and row count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 0, max: 6000 }),
        fc.integer({ min: 1, max: 6000 }),
        (a, b, rows) => {
          const start = Math.min(a, b);
          const w = clampWindow({ first: start, start, end: Math.max(a, b) }, rows);
          expect(w.end).toBeLessThanOrEqual(rows);
          expect(w.start).toBeLessThanOrEqual(w.end);
          expect(w.first).toBeLessThan(rows);
        },
      ),
    );
  });
});
