import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { selectSelectedMonth, useAppState } from '../../state';
import { capitalise } from '../format/text';
import { useT } from '../i18n';
import { JumpToMonth } from './JumpToMonth';
import { MonthRow } from './MonthRow';
import { columnName, MONTH_COLUMNS } from './month-columns';
import type { MonthData } from './month-columns';
import { columnWidths, HEADER_HEIGHT, ROW_HEIGHT } from './table-layout';
import {
  clampWindow,
  maxScrollTop,
  scrollTopToReveal,
  visibleColumns,
  visibleRange,
} from './virtual-window';
import type { ColumnRange, RowWindow, WindowGeometry } from './virtual-window';
import './month-table.css';

/** Rows rendered beyond each edge of the view, so fast scrolling rarely shows blank space. */
const OVERSCAN = 6;

export interface MonthTableProps {
  result: MonthData;
  scenario: { currency: string; msp: { label: string }; isv: { label: string } };
  /** Height of the scrolling area in px, header included. */
  height?: number;
  /** Extra controls shown beside the month input (the CSV download). */
  toolbar?: ReactNode;
}

type WindowState = RowWindow;

function windowAt(offset: number, g: WindowGeometry): WindowState {
  // An offset past the end belongs to a longer result: the browser is about to clamp it.
  const scrollTop = Math.min(offset, maxScrollTop(g));
  const { start, end } = visibleRange(scrollTop, g, OVERSCAN);
  const first = Math.max(0, Math.min(Math.floor(scrollTop / g.rowHeight), g.rowCount - 1));
  return { first, start, end };
}

/**
 * Every month's figures in a virtualised table: only the rows in view (plus a few) exist in the
 * DOM, with spacer rows standing in for the rest, so 6,000 months scroll as lightly as 60.
 * Rows are focusable (roving tabindex); arrow keys, Page Up/Down and Home/End move the selected
 * month, which the charts share through the selection store.
 */
export function MonthTable({ result, scenario, height = 480, toolbar }: MonthTableProps) {
  const captionId = useId();
  // The column headers are in the active language: a switch re-renders them.
  const t = useT();
  const rowCount = result.horizonMonths;
  const selectedMonth = useAppState(selectSelectedMonth);
  const select = useAppState((s) => s.selectMonth);
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<number | null>(null);

  const geometry = useCallback((): WindowGeometry => {
    const el = scroller.current;
    // clientHeight excludes a horizontal scroll bar; 0 means no layout (a test DOM).
    const viewportHeight = el && el.clientHeight > 0 ? el.clientHeight : height;
    return { rowHeight: ROW_HEIGHT, headerHeight: HEADER_HEIGHT, viewportHeight, rowCount };
  }, [height, rowCount]);

  const computeWindow = useCallback(
    (scrollTop: number): WindowState => windowAt(scrollTop, geometry()),
    [geometry],
  );

  const widths = useMemo(
    () => columnWidths(result, scenario.currency),
    [result, scenario.currency],
  );
  // Columns in view sideways: with 18 columns, most screens show about half of them.
  const [cols, setCols] = useState<ColumnRange>({ first: 1, last: MONTH_COLUMNS.length - 1 });
  const updateColumns = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const next = visibleColumns(el.scrollLeft, el.clientWidth, widths, 1);
    setCols((prev) => (prev.first === next.first && prev.last === next.last ? prev : next));
  }, [widths]);
  useLayoutEffect(() => {
    updateColumns();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => updateColumns());
    observer.observe(el);
    return () => observer.disconnect();
  }, [updateColumns]);

  const [win, setWin] = useState<WindowState>(() =>
    windowAt(0, {
      rowHeight: ROW_HEIGHT,
      headerHeight: HEADER_HEIGHT,
      viewportHeight: height,
      rowCount,
    }),
  );
  const updateWindow = useCallback(
    (scrollTop: number) => {
      const next = computeWindow(scrollTop);
      // Only a change of the rendered rows re-renders; most scroll events change nothing.
      setWin((prev) =>
        prev.first === next.first && prev.start === next.start && prev.end === next.end
          ? prev
          : next,
      );
    },
    [computeWindow],
  );

  // A new result (another horizon) or a resized viewport changes which rows fit.
  useLayoutEffect(() => {
    updateWindow(scroller.current?.scrollTop ?? 0);
  }, [updateWindow]);

  const reveal = useCallback(
    (month: number) => {
      const el = scroller.current;
      if (!el) return;
      const target = scrollTopToReveal(month - 1, el.scrollTop, geometry());
      if (target !== el.scrollTop) el.scrollTop = target;
      // Render the new window now rather than a frame later, when the scroll event arrives.
      updateWindow(target);
    },
    [geometry, updateWindow],
  );

  // Whoever selected the month (a row, the month input, a chart), bring it into view.
  const selectedInRange =
    selectedMonth !== null && selectedMonth <= rowCount ? selectedMonth : null;
  useEffect(() => {
    if (selectedInRange !== null) reveal(selectedInRange);
  }, [selectedInRange, reveal]);

  // The month of the row that has keyboard focus, to notice when scrolling removes it.
  const focusedMonth = useRef<number | null>(null);

  useLayoutEffect(() => {
    // Keyboard moves focus to a row that may only exist after the window re-renders.
    const month = pendingFocus.current;
    if (month !== null) {
      const row = scroller.current?.querySelector<HTMLElement>(`tr[data-month="${month}"]`);
      if (row) {
        pendingFocus.current = null;
        row.focus({ preventScroll: true });
        return;
      }
    }
    // Scrolling removes rows that leave the window. If the focused row went, keep focus in the
    // table (on the scroller) rather than letting it fall back to the page.
    if (focusedMonth.current !== null && !scroller.current?.contains(document.activeElement)) {
      focusedMonth.current = null;
      scroller.current?.focus({ preventScroll: true });
    }
  });

  const monthOf = (target: EventTarget): number | null => {
    const row = target instanceof Element ? target.closest('tr[data-month]') : null;
    return row instanceof HTMLElement ? Number(row.dataset.month) : null;
  };

  const onClick = (event: MouseEvent<HTMLTableSectionElement>) => {
    const month = monthOf(event.target);
    if (month !== null) select(month);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const month = monthOf(event.target);
    if (month === null) return;
    const page = Math.max(1, Math.floor((geometry().viewportHeight - HEADER_HEIGHT) / ROW_HEIGHT));
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = month + 1;
        break;
      case 'ArrowUp':
        next = month - 1;
        break;
      case 'PageDown':
        next = month + page;
        break;
      case 'PageUp':
        next = month - page;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = rowCount;
        break;
      case 'Enter':
      case ' ':
        next = month;
        break;
      default:
        return;
    }
    event.preventDefault();
    next = Math.min(Math.max(next, 1), rowCount);
    pendingFocus.current = next;
    select(next);
    reveal(next);
  };

  const jump = (month: number) => {
    select(month);
    reveal(month);
  };

  const labels = { msp: scenario.msp.label, isv: scenario.isv.label };
  // Every row is a CSS grid on the same column template, set once here: cells carry no widths.
  const tableStyle = {
    width: widths.reduce((sum, w) => sum + w, 0),
    '--month-table-columns': widths.map((w) => `${w}px`).join(' '),
  } as CSSProperties;
  // The window state may still describe the previous, longer result for one render (the layout
  // effect above corrects it only after this render): never render a row the result lacks.
  const shown = clampWindow(win, rowCount);
  const tabbableMonth =
    selectedInRange !== null &&
    selectedInRange - 1 >= shown.start &&
    selectedInRange - 1 < shown.end
      ? selectedInRange
      : shown.first + 1;
  const rows = [];
  for (let i = shown.start; i < shown.end; i++) {
    rows.push(
      <MonthRow
        key={i}
        result={result}
        index={i}
        currency={scenario.currency}
        selected={selectedInRange === i + 1}
        tabbable={tabbableMonth === i + 1}
        firstColumn={cols.first}
        lastColumn={cols.last}
      />,
    );
  }

  return (
    <div className="month-table">
      <div className="month-table__toolbar">
        <JumpToMonth months={rowCount} onJump={jump} />
        {toolbar}
      </div>
      <div
        ref={scroller}
        className="month-table__scroller"
        // Focusable by script only: where focus goes when its row scrolls out of the window.
        tabIndex={-1}
        style={{ height }}
        onScroll={(e) => {
          updateWindow(e.currentTarget.scrollTop);
          updateColumns();
        }}
      >
        {/* Table elements for meaning, explicit ARIA roles because CSS lays them out as
            blocks and grid rows: a real table layout would re-flow every row on each scroll. */}
        <table
          role="grid"
          aria-readonly="true"
          aria-labelledby={captionId}
          aria-rowcount={1 + rowCount}
          aria-colcount={MONTH_COLUMNS.length}
          style={tableStyle}
        >
          <caption id={captionId} className="month-table__sr-only">
            {t('table.caption', { months: rowCount, currency: scenario.currency })}
          </caption>
          <thead role="rowgroup">
            <tr role="row" aria-rowindex={1}>
              {MONTH_COLUMNS.map((c, i) => (
                <th
                  key={c.id}
                  role="columnheader"
                  aria-colindex={i + 1}
                  className={`month-table__head month-table__head--${c.kind}`}
                >
                  {c.partner !== null && (
                    <span className="month-table__head-partner">{labels[c.partner]} </span>
                  )}
                  <span className="month-table__head-name">{capitalise(columnName(c))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            role="rowgroup"
            onClick={onClick}
            onKeyDown={onKeyDown}
            onFocus={(e) => {
              focusedMonth.current = monthOf(e.target);
            }}
            onBlur={(e) => {
              // No new focus target: the row may just have been removed by scrolling (see above).
              if (e.relatedTarget !== null) focusedMonth.current = null;
            }}
            // The rendered rows sit in normal flow below a padding that stands in for the rows
            // above them. One changing style on the body, none per row: a distinct inline style
            // on every row made style recalculation about four times slower in Chromium.
            style={{ height: rowCount * ROW_HEIGHT, paddingTop: shown.start * ROW_HEIGHT }}
          >
            {rows}
          </tbody>
        </table>
      </div>
    </div>
  );
}
