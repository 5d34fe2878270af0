import { useMemo } from 'react';
import { t as translate, useT } from '../i18n';
import { phaseInfo } from '../theme/phases';
import type { MonthMarker } from './chart-layers';
import { ColumnHeads } from '../table/ColumnHeads';

/** What a chart shows as a table: its columns and a month's exact, formatted figures. */
export interface ChartTableSpec {
  columns: readonly string[];
  /** The figures of month index i (0 is month 1), one per column, read from exact columns. */
  row: (index: number) => readonly string[];
  /** Months to list beyond the chart's own markers (e.g. break-even on charts without them). */
  marks?: readonly MonthMarker[];
  /** The figures are chart coordinates rounded for reading, not exact (the caption says so). */
  rounded?: boolean;
}

/** Up to this many months the table lists every month; beyond, a compact selection. */
export const FULL_TABLE_MONTHS = 60;

export interface TableMonth {
  month: number;
  /** Why the month is listed beyond being a year end: phase start, break-even, … */
  notes: string[];
}

/**
 * The months a chart's table lists: every month for short horizons; otherwise month 1, each
 * year-end month, the last month, the first month of each phase and the marker months
 * (break-even), so every turning point the chart shows is in the table with exact figures.
 */
export function tableMonths(
  phase: Uint8Array,
  markers: readonly MonthMarker[],
  n = phase.length,
): TableMonth[] {
  const notes = new Map<number, string[]>();
  const note = (m: number, text?: string) => {
    const list = notes.get(m) ?? [];
    if (text) list.push(text);
    notes.set(m, list);
  };
  for (let i = 0; i < phase.length; i++) {
    const ph = phase[i] as number;
    if (i === 0 || ph !== phase[i - 1])
      note(i + 1, translate('phase.starts', { phase: ph, name: phaseInfo(ph).name }));
  }
  for (const m of markers) if (m.month >= 1 && m.month <= n) note(m.month, m.label);
  if (n <= FULL_TABLE_MONTHS) {
    for (let m = 1; m <= n; m++) note(m);
  } else {
    for (let m = 12; m <= n; m += 12) note(m);
    note(n);
  }
  return [...notes.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([month, list]) => ({ month, notes: list }));
}

export interface DataTableRow {
  key: string | number;
  /** The row's header cell (a month, an input). */
  head: string | number;
  cells: readonly string[];
  /** Why the row is listed (phase start, break-even …), in the last column when `noteColumn`. */
  note?: string;
}

export interface DataTableProps {
  id: string;
  title: string;
  caption: string;
  /** Every column's header, the row headers' first. */
  columns: readonly string[];
  rows: readonly DataTableRow[];
  /** The last column holds the rows' notes (left-aligned, wrapping). */
  noteColumn?: boolean;
}

/** A chart's data as an accessible table (the "Show as table" text alternative of any chart). */
export function DataTable({ id, title, caption, columns, rows, noteColumn }: DataTableProps) {
  const t = useT();
  return (
    // A scrolling box: focusable and named, so keyboard users can scroll it too.
    <div
      className="chart-table"
      id={id}
      tabIndex={0}
      role="region"
      aria-label={t('chart.tableRegion', { title })}
    >
      <table>
        <caption>{caption}</caption>
        <ColumnHeads heads={columns} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.head}</th>
              {r.cells.map((v, j) => (
                <td key={columns[j + 1] ?? j}>{v}</td>
              ))}
              {noteColumn && <td className="chart-table__note">{r.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ChartDataTableProps {
  id: string;
  title: string;
  /** The phase column (absent: a chart without phases, e.g. several scenarios at once). */
  phase?: Uint8Array;
  horizon: number;
  markers: readonly MonthMarker[];
  spec: ChartTableSpec;
}

const NO_PHASE = new Uint8Array(0);

/** A monthly chart's table: the months `tableMonths` picks, with their phase and notes. */
export function ChartDataTable({ id, title, phase, horizon, markers, spec }: ChartDataTableProps) {
  const months = useMemo(
    () => tableMonths(phase ?? NO_PHASE, [...markers, ...(spec.marks ?? [])], horizon),
    [phase, markers, spec.marks, horizon],
  );
  const t = useT();
  const all = horizon <= FULL_TABLE_MONTHS;
  const some = { title, shown: months.length, months: horizon };
  let caption = all ? t('chart.tableAll', { title }) : t('chart.tableSome', some);
  if (spec.rounded)
    caption = all ? t('chart.tableRoundedAll', { title }) : t('chart.tableRoundedSome', some);
  const columns = [
    t('chart.colMonth'),
    ...(phase ? [t('chart.colPhase')] : []),
    ...spec.columns,
    t('chart.colNote'),
  ];
  const rows = months.map(({ month, notes }) => ({
    key: month,
    head: month,
    cells: [...(phase ? [String(phase[month - 1])] : []), ...spec.row(month - 1)],
    note: notes.join('; '),
  }));
  return (
    <DataTable id={id} title={title} caption={caption} columns={columns} rows={rows} noteColumn />
  );
}
