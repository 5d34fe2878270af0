import { useMemo } from 'react';
import { t as translate, useT } from '../i18n';
import { phaseInfo } from '../theme/phases';
import type { MonthMarker } from './chart-layers';

/** What a chart shows as a table: its columns and a month's exact, formatted figures. */
export interface ChartTableSpec {
  columns: readonly string[];
  /** The figures of month index i (0 is month 1), one per column, read from exact columns. */
  row: (index: number) => readonly string[];
  /** Months to list beyond the chart's own markers (e.g. break-even on charts without them). */
  marks?: readonly MonthMarker[];
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
export function tableMonths(phase: Uint8Array, markers: readonly MonthMarker[]): TableMonth[] {
  const n = phase.length;
  const notes = new Map<number, string[]>();
  const note = (m: number, text?: string) => {
    const list = notes.get(m) ?? [];
    if (text) list.push(text);
    notes.set(m, list);
  };
  for (let i = 0; i < n; i++) {
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

export interface ChartDataTableProps {
  id: string;
  title: string;
  phase: Uint8Array;
  markers: readonly MonthMarker[];
  spec: ChartTableSpec;
}

/** The chart's data as an accessible table (the "Show as table" text alternative). */
export function ChartDataTable({ id, title, phase, markers, spec }: ChartDataTableProps) {
  const months = useMemo(
    () => tableMonths(phase, [...markers, ...(spec.marks ?? [])]),
    [phase, markers, spec.marks],
  );
  const t = useT();
  const n = phase.length;
  const caption =
    n <= FULL_TABLE_MONTHS
      ? t('chart.tableAll', { title })
      : t('chart.tableSome', { title, shown: months.length, months: n });
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
        <thead>
          <tr>
            <th scope="col">{t('chart.colMonth')}</th>
            <th scope="col">{t('chart.colPhase')}</th>
            {spec.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            <th scope="col">{t('chart.colNote')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map(({ month, notes }) => (
            <tr key={month}>
              <th scope="row">{month}</th>
              <td>{phase[month - 1]}</td>
              {spec.row(month - 1).map((v, j) => (
                <td key={spec.columns[j] ?? j}>{v}</td>
              ))}
              <td className="chart-table__note">{notes.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
