import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { decimateSeries } from './decimate';
import type { MonthMarker } from './chart-layers';
import { ChartDataTable } from './chart-table';
import type { ChartTableSpec } from './chart-table';
import { ChartPngButton } from '../png-export/ChartPngButton';
import { ChartCanvas } from './ChartCanvas';
import { useElementWidth } from './use-element-width';
import './charts.css';

/** One line of a chart: chart coordinates per month (index 0 is month 1; NaN is a gap). */
export interface LineSpec {
  key: string;
  label: string;
  values: Float64Array;
  color: string;
  dash?: string;
}

export interface TimeChartProps {
  title: string;
  /** Generated text alternative: what the chart shows, in one or two sentences. */
  summary: string;
  /** Phase column, drawn as bands behind the lines. */
  phase: Uint8Array;
  lines: readonly LineSpec[];
  /** Value range to show; lines are clipped to it. */
  yDomain: readonly [number, number];
  /** Axis tick labels (chart coordinates). */
  formatTick: (value: number) => string;
  yLabel: string;
  markers?: readonly MonthMarker[];
  zeroLine?: boolean;
  /** The exact figures of a month (index 0 is month 1), for the tooltip. */
  renderTooltip: (monthIndex: number) => ReactNode;
  /** A note under the chart (e.g. about clipped values). */
  note?: string;
  selectedMonth?: number | null;
  onSelectMonth?: (month: number) => void;
  height?: number;
  testId?: string;
  stale?: boolean;
  /** Playback (src/ui/playback): draw lines and markers only up to this month; null draws all. */
  playheadMonth?: number | null;
  /** The chart's figures as a table, behind a "Show as table" toggle (absent: no toggle). */
  table?: ChartTableSpec;
}

const NO_MARKERS: readonly MonthMarker[] = [];
const BASE_MARGIN = { top: 12, right: 20, bottom: 40 };

/**
 * The left margin holds the axis title and the tick labels; it grows with the longest label
 * ("−100%" is short, "4000 Bio." is not), estimated at 7.5 px per character of 12 px text.
 */
function marginFor(yDomain: readonly [number, number], formatTick: (v: number) => string) {
  const longest = Math.max(...yDomain.map((v) => formatTick(v).length));
  const left = Math.round(46 + longest * 7.5);
  // visx sets the rotated title's baseline labelOffset + tick length left of the axis; the
  // glyphs reach ~26 px further. This keeps ~14 px to the edge and ~10 px to the tick labels.
  return { ...BASE_MARGIN, left, labelOffset: left - 44 };
}

/**
 * A chart of monthly series over the whole horizon, with phase bands behind. Lines are decimated
 * to the pixel columns available; the tooltip reads the month's exact figures from the result.
 * The plot is focusable: arrow keys walk the months (Shift: a year), Enter selects a month.
 * Nothing animates (updates arrive many times a second while a slider moves).
 */
export function TimeChart(props: TimeChartProps) {
  const { title, summary, phase, lines, yDomain, formatTick, yLabel, markers = NO_MARKERS } = props;
  const { renderTooltip, note, selectedMonth, onSelectMonth, height = 300, testId } = props;
  const horizon = phase.length;
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const [hovered, setCursor] = useState<number | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  const margin = useMemo(() => marginFor(yDomain, formatTick), [yDomain, formatTick]);
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  // A month hovered on a longer result (the horizon just shrank) is no month of this one.
  const cursor = hovered !== null && hovered <= horizon ? hovered : null;
  // A one-month horizon still needs a non-empty x range.
  const xMax = Math.max(horizon, 2);

  const data = useMemo(
    () => lines.map((l) => decimateSeries(l.values, innerWidth)),
    [lines, innerWidth],
  );

  const monthAt = (clientX: number, el: HTMLElement) => {
    const x = clientX - el.getBoundingClientRect().left - margin.left;
    const m = Math.round(1 + (x / innerWidth) * (xMax - 1));
    return Math.min(horizon, Math.max(1, m));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    setKeyboard(false);
    setCursor(monthAt(e.clientX, e.currentTarget));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = cursor ?? selectedMonth ?? 1;
    const step = e.shiftKey ? 12 : 1;
    let next: number | null = from;
    switch (e.key) {
      case 'ArrowRight':
        next = from + step;
        break;
      case 'ArrowLeft':
        next = from - step;
        break;
      case 'Home':
        next = 1;
        break;
      case 'End':
        next = horizon;
        break;
      case 'Enter':
      case ' ':
        onSelectMonth?.(from);
        break;
      case 'Escape':
        next = null;
        break;
      default:
        return;
    }
    e.preventDefault();
    setKeyboard(true);
    setCursor(next === null ? null : Math.min(horizon, Math.max(1, next)));
  };

  const tipLeft = cursor === null ? 0 : margin.left + ((cursor - 1) / (xMax - 1)) * innerWidth;
  const tipOnLeft = tipLeft > width / 2;

  return (
    <figure
      className={props.stale ? 'time-chart is-stale' : 'time-chart'}
      data-testid={testId}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
    >
      <div className="time-chart__head">
        <h3 id={`${id}-title`} className="time-chart__title">
          {title}
        </h3>
        <ul className="time-chart__legend" aria-label="Legend">
          {lines.map((l) => (
            <li key={l.key}>
              <svg width="28" height="10" aria-hidden="true">
                <line
                  x1="0"
                  x2="28"
                  y1="5"
                  y2="5"
                  stroke={l.color}
                  strokeWidth="2.5"
                  strokeDasharray={l.dash}
                />
              </svg>
              {l.label}
            </li>
          ))}
        </ul>
      </div>
      <div
        ref={ref}
        className="time-chart__plot"
        style={{ height }}
        tabIndex={0}
        role="group"
        aria-label={`${title}: use the arrow keys to read the figures month by month`}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setCursor(null)}
        onClick={(e) => onSelectMonth?.(monthAt(e.clientX, e.currentTarget))}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      >
        <ChartCanvas
          title={title}
          width={width}
          height={height}
          margin={margin}
          xMax={xMax}
          yDomain={yDomain}
          phase={phase}
          lines={lines}
          data={data}
          markers={markers}
          formatTick={formatTick}
          yLabel={yLabel}
          zeroLine={props.zeroLine}
          selectedMonth={selectedMonth}
          playheadMonth={props.playheadMonth}
        />
        {cursor !== null && (
          <div
            className="time-chart__cursor"
            aria-hidden="true"
            style={{ left: tipLeft, top: margin.top, height: height - margin.top - margin.bottom }}
          />
        )}
        {cursor !== null && (
          <div
            className="time-chart__tooltip"
            style={
              tipOnLeft
                ? { right: width - tipLeft + 12, top: margin.top }
                : { left: tipLeft + 12, top: margin.top }
            }
            aria-live={keyboard ? 'polite' : undefined}
          >
            {renderTooltip(cursor - 1)}
          </div>
        )}
      </div>
      {/* After the plot, so the plot stays the chart's first tab stop. */}
      <ChartPngButton title={title} legend={lines} />
      {props.table && (
        <button
          type="button"
          className="chart-table-toggle"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((v) => !v)}
        >
          <span aria-hidden="true">{showTable ? '▾ ' : '▸ '}</span>
          Show as table
        </button>
      )}
      <figcaption id={`${id}-summary`} className="time-chart__summary">
        {summary}
        {note && <span className="time-chart__note"> {note}</span>}
      </figcaption>
      {/* Rendered only when open: a 6,000-month chart should not build its table unasked. */}
      {props.table && showTable && (
        <ChartDataTable
          id={`${id}-table`}
          title={title}
          phase={phase}
          markers={markers}
          spec={props.table}
        />
      )}
    </figure>
  );
}
