import { memo } from 'react';
import { phaseInfo } from '../timeline/phases';
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
  /** Header rows above the body, for aria-rowindex. */
  headerRows: number;
}

/**
 * One month. Memoised: while scrolling, rows that stay in the window are not re-rendered, only
 * the rows entering it are formatted.
 */
export const MonthRow = memo(function MonthRow(props: MonthRowProps) {
  const { result, index, currency, selected, tabbable, headerRows } = props;
  const month = index + 1;
  const phase = result.phase[index] ?? 0;
  const phaseStart = index === 0 || result.phase[index - 1] !== phase;
  const info = phaseInfo(phase);
  const classes = ['month-table__row'];
  if (phaseStart && index > 0) classes.push('month-table__row--phase-start');
  if (selected) classes.push('month-table__row--selected');
  return (
    <tr
      className={classes.join(' ')}
      data-month={month}
      aria-rowindex={headerRows + month}
      aria-selected={selected}
      tabIndex={tabbable ? 0 : -1}
    >
      {MONTH_COLUMNS.map((column) => {
        const text = cellText(column.kind, column.value(result, index), currency);
        if (column.kind === 'month') {
          return (
            <th key={column.id} scope="row" className="month-table__month">
              {text}
            </th>
          );
        }
        if (column.kind === 'phase') {
          return (
            <td
              key={column.id}
              className="month-table__phase"
              style={{ borderLeftColor: info.edge }}
            >
              {phaseStart ? (
                <>
                  <span className="month-table__phase-marker" aria-hidden="true">
                    ▶{' '}
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
          <td key={column.id} className="month-table__num">
            {text}
          </td>
        );
      })}
    </tr>
  );
});
