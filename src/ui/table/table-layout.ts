import { cellText } from './cell-text';
import { MONTH_COLUMNS } from './month-columns';
import type { ColumnKind, MonthData } from './month-columns';

/**
 * Fixed sizes of the month table (px). Windowing needs every row the same height, and fixed
 * column widths let each row lay itself out alone (no table layout across rows).
 */
export const ROW_HEIGHT = 32;
/** One header row, two lines: the partner label above the figure's name. */
export const HEADER_HEIGHT = 48;

export const COLUMN_WIDTH: Readonly<Record<ColumnKind, number>> = {
  month: 72,
  phase: 250,
  instances: 140,
  count: 150,
  money: 160,
};

/** A generous width of one character of cell text at the table's font size (tabular digits). */
const CHAR_PX = 8.5;
const CELL_PADDING_PX = 20;

/**
 * Column widths for one result: at least the defaults above, wider where the longest figure
 * needs it (amounts past a billion, or the 40-digit magnitudes the engine supports), so no
 * amount is ever cut off. The longest text belongs to the smallest or the largest value.
 */
export function columnWidths(result: MonthData, currency: string): number[] {
  return MONTH_COLUMNS.map((column) => {
    const base = COLUMN_WIDTH[column.kind];
    if (column.kind === 'month' || column.kind === 'phase' || result.horizonMonths === 0) {
      return base;
    }
    let lo = column.value(result, 0);
    let hi = lo;
    for (let i = 1; i < result.horizonMonths; i++) {
      const v = column.value(result, i);
      if (v < lo) lo = v;
      else if (v > hi) hi = v;
    }
    const longest = Math.max(
      cellText(column.kind, lo, currency).length,
      cellText(column.kind, hi, currency).length,
    );
    return Math.max(base, Math.ceil(longest * CHAR_PX) + CELL_PADDING_PX);
  });
}
