import { memo } from 'react';
import { phaseInfo } from '../theme/phases';
import { cellText } from './cell-text';
import { MONTH_COLUMNS } from './month-columns';
import type { MonthData } from './month-columns';

export interface MonthRowProps {
  result: MonthData;
  /** Row index; month = index + 1. */
  index: number;
  currency: string;
  selected: boolean;
  /** The one row Tab lands on (roving tabindex): the selected row, or the first one in view. */
  tabbable: boolean;
  /** Rendered columns besides the month (inclusive): the others are out of view sideways. */
  firstColumn: number;
  lastColumn: number;
}

/**
 * One month, with only the columns in view. Memoised: while scrolling, rows that stay in the window are not
 * re-rendered; only rows entering it are formatted.
 */
export const MonthRow = memo(function MonthRow(props: MonthRowProps) {
  const { result, index, currency, selected, tabbable, firstColumn, lastColumn } = props;
  const month = index + 1;
  const phase = result.phase[index] ?? 0;
  const phaseStart = index === 0 || result.phase[index - 1] !== phase;
  const info = phaseInfo(phase);
  const classes = ['month-table__row'];
  if (phaseStart && index > 0) classes.push('month-table__row--phase-start');
  if (selected) classes.push('month-table__row--selected');
  return (
    <tr
      role="row"
      className={classes.join(' ')}
      data-month={month}
      // Row 1 is the header.
      aria-rowindex={month + 1}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      {MONTH_COLUMNS.map((column, c) => {
        if (c > 0 && (c < firstColumn || c > lastColumn)) return null;
        // The first cell after a gap is placed in its own grid column; the rest follow it.
        const place = c > 1 && c === firstColumn ? { gridColumnStart: c + 1 } : undefined;
        const text = cellText(column.kind, column.value(result, index), currency);
        if (column.kind === 'month') {
          return (
            <th
              key={column.id}
              role="rowheader"
              aria-colindex={c + 1}
              className="month-table__month"
            >
              {text}
            </th>
          );
        }
        if (column.kind === 'phase') {
          return (
            <td
              key={column.id}
              role="gridcell"
              aria-colindex={c + 1}
              className="month-table__phase"
              style={{ ...place, borderLeftColor: info.edge }}
            >
              {phaseStart ? (
                <>
                  <span className="month-table__phase-marker" aria-hidden="true">
                    ▸{' '}
                  </span>
                  <strong>{text}</strong>
                  <span className="month-table__sr-only"> (phase begins)</span>
                </>
              ) : (
                text
              )}
            </td>
          );
        }
        return (
          <td
            key={column.id}
            role="gridcell"
            aria-colindex={c + 1}
            className="month-table__num"
            style={place}
          >
            {text}
          </td>
        );
      })}
    </tr>
  );
});
