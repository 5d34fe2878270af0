import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Effect, RankedRow, SensitivityMetric } from '../../../engine';
import { ChartFrame } from '../../charts/ChartFrame';
import type { FrameLegendEntry, FrameTooltip } from '../../charts/ChartFrame';
import { useChartCursor } from '../../charts/chart-cursor';
import { DataTable } from '../../charts/chart-table';
import { useElementWidth } from '../../hooks/use-element-width';
import { formatPercentText } from '../../format/percent';
import { t, useT } from '../../i18n';
import { inputLabel } from '../field-labels';
import { analysisValueText } from '../value-text';
import {
  axisWords,
  barExtent,
  barLabel,
  effectText,
  largestSize,
  metricHeading,
} from './effect-text';

export interface TornadoChartProps {
  rows: readonly RankedRow[];
  metric: SensitivityMetric;
  pct: string;
  baseMonth: number | null;
  currency: string;
  labels: { msp: string; isv: string };
  stale?: boolean;
  /** Shown under the heading, above the bars (today's value of the metric). */
  lead?: ReactNode;
}

const ROW = 34;
const BAR = 11;
const TOP = 26;
/** Room beside the plot for the value at a bar's end, so the longest never meets a label. */
const VALUE_SPACE = 92;
const LOW_COLOR = '#0a58a8';
const HIGH_COLOR = '#c2580a';
const NEVER_COLOR = '#6b3fa0';
const SIDES = ['low', 'high'] as const;
type Side = (typeof SIDES)[number];

function barFill(never: boolean, side: Side): string {
  if (never) return 'url(#tornado-never)';
  return side === 'low' ? LOW_COLOR : HIGH_COLOR;
}

/** What a bar says exactly: the move, the moved value and the effect. */
function barText(
  r: RankedRow,
  side: Side,
  props: TornadoChartProps,
): { title: string; value: string; detail: string } {
  const point = r.row[side];
  const value = analysisValueText(r.row.field, point.value, props.currency);
  const title = t('sensitivity.barTitle', {
    input: inputLabel(r.row.field, props.labels),
    side,
    pct: formatPercentText(props.pct),
    value,
    clamped: point.clamped ? 'yes' : 'no',
  });
  const effect: Effect = r[side];
  return { title, value, detail: effectText(effect, props.baseMonth, props.currency) };
}

/** Bars in reading order: each row's low then high bar; position n (1-based) is bar n − 1. */
function barAt(rows: readonly RankedRow[], position: number) {
  const index = Math.floor((position - 1) / 2);
  const row = rows[index];
  const side: Side = (position - 1) % 2 === 0 ? 'low' : 'high';
  return row ? { row, index, side } : null;
}

/** The tornado's text alternative: every bar's moved value and effect, a row per input. */
function TornadoTable({
  id,
  props,
  title,
}: {
  id: string;
  props: TornadoChartProps;
  title: string;
}) {
  const tr = useT();
  const pct = formatPercentText(props.pct);
  const columns = [
    tr('sensitivity.colInput'),
    ...SIDES.flatMap((side) => [
      tr('sensitivity.colValue', { side, pct }),
      tr('sensitivity.colEffect', { side, pct }),
    ]),
  ];
  const rows = props.rows.map((r) => ({
    key: r.row.field,
    head: inputLabel(r.row.field, props.labels),
    cells: SIDES.flatMap((side) => {
      const { value, detail } = barText(r, side, props);
      return [value, detail];
    }),
  }));
  const caption = tr('sensitivity.tableCaption', { title });
  return <DataTable id={id} title={title} caption={caption} columns={columns} rows={rows} />;
}

/**
 * The tornado: one row per input, largest effect first; the bar left of the centre line is the
 * change when the input moves one way, right when the other way, each drawn where its effect lies
 * (the "−20 %" bar may well point right). In the shared chart frame: the arrow keys walk the
 * bars, hovering or focusing one shows its exact figures, "Show as table" lists them all.
 * "Never breaks even" is drawn hatched across the whole half-width.
 */
export function TornadoChart(props: TornadoChartProps) {
  const { rows, metric, labels, currency } = props;
  const tr = useT();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const { cursor, announce, keyDown, point, clear } = useChartCursor(rows.length * 2);
  // Narrow screens: each label on its own line above its bars, the bars using the full width.
  const stacked = width < 560;
  const row = stacked ? ROW + 16 : ROW;
  const labelWidth = Math.min(280, Math.max(140, width * 0.36));
  const space = stacked ? 64 : VALUE_SPACE;
  const plotLeft = (stacked ? 0 : labelWidth + 8) + space;
  const plotWidth = Math.max(80, width - plotLeft - space);
  const centre = plotLeft + plotWidth / 2;
  const half = plotWidth / 2 - 4;
  const largest = largestSize(rows.flatMap((r) => [r.low, r.high]));
  const height = TOP + rows.length * row + 8;
  const words = axisWords(metric);
  const heading = metricHeading(metric, labels);
  const pct = formatPercentText(props.pct);
  const legend = useMemo<FrameLegendEntry[]>(
    () => [
      { key: 'low', label: tr('sensitivity.legendLow', { pct }), color: LOW_COLOR, swatch: 'box' },
      {
        key: 'high',
        label: tr('sensitivity.legendHigh', { pct }),
        color: HIGH_COLOR,
        swatch: 'box',
      },
      { key: 'never', label: tr('sensitivity.legendNever'), color: NEVER_COLOR, swatch: 'hatch' },
    ],
    [pct, tr],
  );
  const geometry = (index: number, side: Side) => {
    const effect = rows[index]?.[side];
    const extent = effect ? barExtent(effect, largest) : 0;
    const x2 = centre + extent * half;
    const y = TOP + index * row + (stacked ? 16 : 0) + 5 + SIDES.indexOf(side) * (BAR + 2);
    return { extent, x1: Math.min(centre, x2), x2: Math.max(centre, x2), y };
  };
  const active = cursor === null ? null : barAt(rows, cursor);
  const barTooltip = ({ row: r, index, side }: NonNullable<typeof active>): FrameTooltip => {
    const { title, detail } = barText(r, side, props);
    const g = geometry(index, side);
    return {
      x: g.extent >= 0 ? g.x2 : g.x1,
      y: g.y + BAR + 4,
      content: (
        <div data-testid="tornado-tooltip">
          <strong>{title}</strong>
          <br />
          {detail}
        </div>
      ),
    };
  };
  const tooltip = active === null ? null : barTooltip(active);
  const first = rows[0];
  const summary = first
    ? tr('sensitivity.summary', {
        count: rows.length,
        input: inputLabel(first.row.field, labels),
        low: barText(first, 'low', props).detail,
        high: barText(first, 'high', props).detail,
        pct,
      })
    : tr('sensitivity.hint');

  return (
    <ChartFrame
      title={heading}
      summary={summary}
      note={first ? tr('sensitivity.hint') : undefined}
      testId="tornado"
      className="tornado"
      stale={props.stale}
      lead={props.lead}
      legend={legend}
      plotRef={ref}
      plotLabel={tr('sensitivity.chartLabel', { heading })}
      plotEvents={{
        // The first key lands on the first bar.
        onKeyDown: (e) => keyDown(e, cursor ?? 0, { big: 2, vertical: true }),
        onPointerLeave: () => point(null),
        onBlur: clear,
      }}
      width={width}
      tooltip={tooltip}
      announce={announce}
      table={(id) => <TornadoTable id={id} props={props} title={heading} />}
    >
      <svg width={width} height={height}>
        <defs>
          <pattern
            id="tornado-never"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={NEVER_COLOR} strokeWidth="3" />
          </pattern>
        </defs>
        <text x={centre - 6} y={14} textAnchor="end" className="tornado__axis">
          {words.left}
        </text>
        <text x={centre + 6} y={14} className="tornado__axis">
          {words.right}
        </text>
        <line x1={centre} x2={centre} y1={TOP - 6} y2={height - 4} stroke="#1a1d21" />
        {rows.map((r, i) => {
          const y = TOP + i * row;
          return (
            <g key={r.row.field} data-field={r.row.field} className="tornado__row">
              <text
                x={stacked ? 4 : labelWidth}
                y={stacked ? y + 12 : y + ROW / 2 + 4}
                textAnchor={stacked ? 'start' : 'end'}
                className="tornado__label"
              >
                {inputLabel(r.row.field, labels)}
              </text>
              {SIDES.map((side, k) => {
                const effect = r[side];
                const g = geometry(i, side);
                const never = effect.kind === 'lost' || effect.kind === 'gained';
                const { title, detail } = barText(r, side, props);
                const position = i * 2 + k + 1;
                const width = Math.max(g.x2 - g.x1, 1.5);
                return (
                  <g
                    key={side}
                    // One tab stop for the chart (the plot); a bar is still focusable by
                    // pointer and script, and the arrow keys walk the bars.
                    tabIndex={-1}
                    role="img"
                    aria-label={tr('sensitivity.barAria', { title, detail })}
                    data-side={side}
                    className={cursor === position ? 'tornado__bar is-active' : 'tornado__bar'}
                    onMouseEnter={() => point(position)}
                    onFocus={() => point(position)}
                  >
                    <rect
                      className="tornado__focus"
                      x={g.x1 - 3}
                      y={g.y - 3}
                      width={width + 6}
                      height={BAR + 6}
                    />
                    <rect
                      x={g.x1}
                      y={g.y}
                      width={width}
                      height={BAR}
                      fill={barFill(never, side)}
                      stroke={never ? NEVER_COLOR : 'none'}
                    />
                    <text
                      x={g.extent >= 0 ? g.x2 + 4 : g.x1 - 4}
                      y={g.y + BAR - 1}
                      textAnchor={g.extent >= 0 ? 'start' : 'end'}
                      className="tornado__value"
                    >
                      {barLabel(effect, currency)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
