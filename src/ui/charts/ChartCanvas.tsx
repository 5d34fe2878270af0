import { memo, useId, useMemo } from 'react';
import { Axis, Grid, LineSeries, XYChart } from '@visx/xychart';
import type { ChartPoint } from './decimate';
import { FanAreas, MonthCursor, MonthMarkers, PhaseBands, ZeroLine } from './chart-layers';
import type { MonthMarker } from './chart-layers';
import { chartThemeAt } from '../theme/chart-theme';
import type { FanSpec, LineSpec } from './chart-types';

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
  labelOffset: number;
}

export interface ChartCanvasProps {
  title: string;
  width: number;
  height: number;
  margin: ChartMargin;
  /** x runs from month xMin (default 1) to xMax: the zoomed range. */
  xMin?: number;
  xMax: number;
  yDomain: readonly [number, number];
  /** Phase bands behind the lines (absent: none). */
  phase?: Uint8Array;
  /** Months on the x axis (the playhead and the selected month stay inside). */
  horizon: number;
  lines: readonly LineSpec[];
  /** The decimated points of each line, in the order of `lines`. */
  data: readonly ChartPoint[][];
  /** Bands filled between two of the lines, drawn under them. */
  fans?: readonly FanSpec[];
  markers: readonly MonthMarker[];
  formatTick: (value: number) => string;
  yLabel: string;
  /** The month axis's title, in the active language. */
  xLabel: string;
  zeroLine?: boolean;
  selectedMonth?: number | null;
  /** Playback: lines, phase bands and markers end at this month (null: the whole horizon). */
  playheadMonth?: number | null;
  /** Axis and marker type this many times the usual size. */
  textScale?: number;
}

// Stable accessors: new functions on each render would make xychart re-register the data.
const xOf = (d: ChartPoint) => d.month;
const yOf = (d: ChartPoint) => d.value;
const monthTick = (v: unknown) => String(v);

/** Points up to and including `month` (points are in month order). */
function pointsUpTo(points: ChartPoint[], month: number): ChartPoint[] {
  let n = 0;
  while (n < points.length && (points[n] as ChartPoint).month <= month) n++;
  return n === points.length ? points : points.slice(0, n);
}

/**
 * The drawing itself. Memoised: moving the pointer changes only the cursor and tooltip overlay
 * of TimeChart, never this, so hovering a 6,000-month chart redraws nothing.
 */
export const ChartCanvas = memo(function ChartCanvas(props: ChartCanvasProps) {
  const { width, height, margin, xMax, yDomain, lines } = props;
  const { formatTick, selectedMonth, textScale = 1 } = props;
  // The player learns of a shorter horizon in an effect, after this render: clamp meanwhile.
  const playheadMonth =
    props.playheadMonth == null ? null : Math.min(props.playheadMonth, props.horizon);
  // Playback draws the story so far; the axes keep the whole horizon, so nothing jumps.
  const { data, markers, phase } = useMemo(() => {
    if (playheadMonth == null) return props;
    return {
      data: props.data.map((points) => pointsUpTo(points, playheadMonth)),
      markers: props.markers.filter((m) => m.month <= playheadMonth),
      phase: props.phase?.subarray(0, playheadMonth),
    };
  }, [props, playheadMonth]);
  const xMin = props.xMin ?? 1;
  // xychart adds 0 to a domain unless told not to: month 0 does not exist, and a zoomed range
  // must start where the pointer and tooltip arithmetic in TimeChart say it does.
  const xScale = useMemo(
    () => ({ type: 'linear' as const, domain: [xMin, xMax], zero: false }),
    [xMin, xMax],
  );
  // Zoomed in, bands, lines and markers outside the range are cut at the plot's edges.
  const clipId = `plot-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const clip = `url(#${clipId})`;
  const yScale = useMemo(
    () => ({ type: 'linear' as const, domain: [yDomain[0], yDomain[1]], nice: true, clamp: true }),
    [yDomain],
  );
  const innerWidth = width - margin.left - margin.right;
  const shownMarkers = useMemo(
    () => markers.filter((m) => m.month >= xMin && m.month <= xMax),
    [markers, xMin, xMax],
  );
  const yTick = useMemo(() => (v: unknown) => formatTick(Number(v)), [formatTick]);
  return (
    <XYChart
      width={width}
      height={height}
      margin={margin}
      xScale={xScale}
      yScale={yScale}
      theme={chartThemeAt(textScale)}
      captureEvents={false}
      accessibilityLabel={props.title}
    >
      <defs>
        <clipPath id={clipId}>
          <rect
            x={margin.left}
            y={margin.top - 1}
            width={Math.max(1, innerWidth)}
            height={Math.max(1, height - margin.top - margin.bottom + 2)}
          />
        </clipPath>
      </defs>
      <g clipPath={clip}>{phase && <PhaseBands phase={phase} />}</g>
      <Grid columns={false} numTicks={5} />
      {props.zeroLine && <ZeroLine />}
      <Axis
        orientation="bottom"
        // Never more ticks than months shown, so no tick falls between two months.
        numTicks={Math.min(xMax - xMin, Math.max(2, Math.floor(innerWidth / (80 * textScale))))}
        tickFormat={monthTick}
        label={props.xLabel}
      />
      <Axis
        orientation="left"
        numTicks={5}
        tickFormat={yTick}
        label={props.yLabel}
        labelOffset={margin.labelOffset}
      />
      <g clipPath={clip}>
        {props.fans && props.fans.length > 0 && (
          <FanAreas fans={props.fans} lines={lines} data={data} />
        )}
        {lines.map((l, i) => (
          <LineSeries
            key={l.key}
            dataKey={l.key}
            data={data[i] ?? []}
            xAccessor={xOf}
            yAccessor={yOf}
            stroke={l.color}
            strokeWidth={2.25}
            strokeDasharray={l.dash}
            enableEvents={false}
          />
        ))}
        {selectedMonth != null && selectedMonth <= props.horizon && (
          <MonthCursor month={selectedMonth} selected />
        )}
        {playheadMonth != null && <MonthCursor month={playheadMonth} selected />}
      </g>
      {/* Outside the clip, so a label near the edge stays whole; only the months shown. */}
      <MonthMarkers markers={shownMarkers} />
    </XYChart>
  );
});
