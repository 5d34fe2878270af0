/**
 * Windowing arithmetic for the month table: which rows to render, and where to scroll so a row
 * is in view. Every row has the same height, so all of it is plain arithmetic on the scroll
 * offset; no row is ever measured. Kept apart from React so it can be tested on its own.
 */

export interface WindowGeometry {
  /** Height of one body row, px. */
  rowHeight: number;
  /** Height of the sticky header above the first body row, px. */
  headerHeight: number;
  /** Visible height of the scroll container, px (header included). */
  viewportHeight: number;
  /** Number of body rows. */
  rowCount: number;
}

export interface RowRange {
  /** First rendered row index (inclusive). */
  start: number;
  /** One past the last rendered row index. */
  end: number;
}

/** Rows visible at `scrollTop`, widened by `overscan` rows on each side and clamped to the rows. */
export function visibleRange(scrollTop: number, g: WindowGeometry, overscan: number): RowRange {
  const bodyHeight = Math.max(g.viewportHeight - g.headerHeight, g.rowHeight);
  const first = Math.floor(Math.max(0, scrollTop) / g.rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + bodyHeight) / g.rowHeight);
  const start = Math.max(0, Math.min(first - overscan, g.rowCount));
  const end = Math.max(start, Math.min(last + overscan, g.rowCount));
  return { start, end };
}

/** The rendered rows plus the first row (at least partly) in view. */
export interface RowWindow extends RowRange {
  first: number;
}

/**
 * `win` limited to a result of `rowCount` rows. A window computed for a longer result (the
 * horizon just shrank) would otherwise render months the new result does not have.
 */
export function clampWindow(win: RowWindow, rowCount: number): RowWindow {
  const end = Math.max(0, Math.min(win.end, rowCount));
  const start = Math.min(win.start, end);
  const first = Math.max(0, Math.min(win.first, rowCount - 1));
  return end === win.end && start === win.start && first === win.first
    ? win
    : { first, start, end };
}

export function maxScrollTop(g: WindowGeometry): number {
  return Math.max(0, g.headerHeight + g.rowCount * g.rowHeight - g.viewportHeight);
}

/**
 * The scroll offset that brings row `index` fully into view below the sticky header, or
 * `scrollTop` itself when it already is. A row just outside the view is brought to the nearest
 * edge (arrow keys move one row and the view follows smoothly); a row further away is centred,
 * so a jump from a chart or the month input lands with context around it.
 */
export function scrollTopToReveal(index: number, scrollTop: number, g: WindowGeometry): number {
  const bodyHeight = Math.max(g.viewportHeight - g.headerHeight, g.rowHeight);
  const rowTop = index * g.rowHeight;
  const rowBottom = rowTop + g.rowHeight;
  let target = scrollTop;
  if (rowTop < scrollTop - bodyHeight || rowBottom > scrollTop + 2 * bodyHeight) {
    target = rowTop - (bodyHeight - g.rowHeight) / 2;
  } else if (rowTop < scrollTop) {
    target = rowTop;
  } else if (rowBottom > scrollTop + bodyHeight) {
    target = rowBottom - bodyHeight;
  }
  return Math.round(Math.min(Math.max(0, target), maxScrollTop(g)));
}

export interface ColumnRange {
  /** First and last rendered column (inclusive), counted after the sticky first column. */
  first: number;
  last: number;
}

/**
 * Columns to render for a horizontal scroll offset. Column 0 (the month) is sticky and always
 * rendered; of the others only those in view plus `overscan` on each side. A scroller without a
 * width (no layout yet) renders them all.
 */
export function visibleColumns(
  scrollLeft: number,
  viewportWidth: number,
  widths: readonly number[],
  overscan: number,
): ColumnRange {
  const lastColumn = widths.length - 1;
  if (viewportWidth <= 0 || lastColumn < 1) return { first: 1, last: Math.max(lastColumn, 0) };
  const stickyWidth = widths[0] ?? 0;
  let first = lastColumn;
  let last = 1;
  let left = stickyWidth;
  for (let c = 1; c <= lastColumn; c++) {
    const right = left + (widths[c] ?? 0);
    if (right > scrollLeft + stickyWidth && left < scrollLeft + viewportWidth) {
      first = Math.min(first, c);
      last = Math.max(last, c);
    }
    left = right;
  }
  if (first > last) return { first: 1, last: lastColumn };
  return { first: Math.max(1, first - overscan), last: Math.min(lastColumn, last + overscan) };
}
