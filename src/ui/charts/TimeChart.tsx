import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { decimateWindow } from './decimate';
import type { MonthMarker } from './chart-layers';
import { ChartDataTable } from './chart-table';
import type { ChartTableSpec } from './chart-table';
import { ChartCanvas } from './ChartCanvas';
import { ChartFrame } from './ChartFrame';
import { useChartCursor } from './chart-cursor';
import type { FanSpec, LineSpec } from './chart-types';
import { extent } from './series';
import { useElementWidth } from '../hooks/use-element-width';
import { ZoomControls } from './ZoomControls';
import type { Translate } from '../i18n';
import { PHASE_LIST, phaseInfo } from '../theme/phases';
import { useWording } from './use-wording';
import { clampRange, isWhole, panRange, rangeShowing, wholeRange, zoomRange } from './zoom';
import type { MonthRange } from './zoom';

export type { LineSpec } from './chart-types';

export interface TimeChartProps {
  title: string;
  /** Generated text alternative: what the chart shows, in one or two sentences. */
  summary: string;
  /** The drawing's own accessible name (default: the title). */
  canvasLabel?: string;
  /** Phase column, drawn as bands behind the lines (absent: no bands, `horizon` months). */
  phase?: Uint8Array;
  /** Months on the x axis; defaults to the phase column's length. */
  horizon?: number;
  lines: readonly LineSpec[];
  /** Bands filled between two of the lines (a risk fan). */
  fans?: readonly FanSpec[];
  /** Value range to show; lines are clipped to it. */
  yDomain: readonly [number, number];
  /** Axis tick labels (chart coordinates). */
  formatTick: (value: number) => string;
  yLabel: string;
  /** The value axis's title where `yLabel` is longer than the plot is high (e.g. "CHF"). */
  yLabelShort?: string;
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
  /**
   * Zoom on the months (drag across the plot, +/− keys, buttons). The chart opens on `fit`;
   * absent: the whole horizon, no zoom.
   */
  zoom?: { fit: MonthRange };
  /** Axis and marker type this many times the usual 12 px (a projector); margins grow with it. */
  textScale?: number;
}

/** Pixels the pointer must travel before a press on the plot becomes a zoom drag. */
const DRAG_PX = 8;
/** One notch of Ctrl/⌘ + wheel: closer or wider by this factor around the pointer. */
const WHEEL_ZOOM = 0.8;

/** The phases the chart's bands show, for the PNG's legend ("3 Unequal investments"). */
function bandLegend(phase: Uint8Array | undefined, t: Translate) {
  if (!phase) return [];
  const seen = new Set(phase);
  return PHASE_LIST.filter((p) => seen.has(p.phase)).map((p) => ({
    label: t('phase.title', { phase: p.phase, name: phaseInfo(p.phase, t).name }),
    fill: p.fill,
    edge: p.edge,
  }));
}

const NO_MARKERS: readonly MonthMarker[] = [];
const NO_FANS: readonly FanSpec[] = [];
const BASE_MARGIN = { top: 12, right: 20, bottom: 40 };

/**
 * The left margin holds the axis title and the tick labels; it grows with the longest label
 * ("−100%" is short, "4000 Bio." is not), estimated at 7.5 px per character of 12 px text.
 */
function marginFor(
  yDomain: readonly [number, number],
  formatTick: (v: number) => string,
  scale: number,
) {
  const longest = Math.max(...yDomain.map((v) => formatTick(v).length));
  const left = Math.round((46 + longest * 7.5) * scale);
  // visx sets the rotated title's baseline labelOffset + tick length left of the axis; the
  // glyphs reach ~26 px further. This keeps ~14 px to the edge and ~10 px to the tick labels.
  const bottom = Math.round(BASE_MARGIN.bottom * scale);
  return { ...BASE_MARGIN, bottom, left, labelOffset: left - Math.round(44 * scale) };
}

function sameRange(a: MonthRange, b: MonthRange) {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * A chart of monthly series over the whole horizon, with phase bands behind. Lines are decimated
 * to the pixel columns available; the tooltip reads the month's exact figures from the result.
 * The plot is focusable: arrow keys walk the months (Shift: a year), Enter selects a month.
 * Nothing animates (updates arrive many times a second while a slider moves).
 */
export function TimeChart(props: TimeChartProps) {
  const { title, summary, phase, lines, yDomain, formatTick, yLabel, markers = NO_MARKERS } = props;
  const { renderTooltip, selectedMonth, onSelectMonth, height = 300 } = props;
  const horizon = props.horizon ?? phase?.length ?? 0;
  const t = useWording();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const { cursor, announce, keyDown, point, clear } = useChartCursor(horizon);
  const textScale = props.textScale ?? 1;
  const margin = useMemo(
    () => marginFor(yDomain, formatTick, textScale),
    [yDomain, formatTick, textScale],
  );
  const innerWidth = Math.max(1, width - margin.left - margin.right);
  // The chosen range (null: the chart's fit), kept inside the horizon as the result changes.
  const [chosen, setChosen] = useState<MonthRange | null>(null);
  const zoom = props.zoom;
  const range = clampRange(zoom ? (chosen ?? zoom.fit) : wholeRange(horizon), horizon);
  // Playback draws beyond a zoomed range: the view widens with the playhead, telling the story.
  const playhead = props.playheadMonth;
  const xMin = range[0];
  const xMax = playhead != null && playhead > range[1] ? Math.min(playhead, horizon) : range[1];
  const zoomed = !isWhole([xMin, xMax], horizon);
  const setRange = (r: MonthRange) => setChosen(clampRange(r, horizon));
  const bands = useMemo(() => bandLegend(phase, t), [phase, t]);
  const fans = props.fans ?? NO_FANS;
  // The lines, then the bands as filled boxes; a band's edge lines are named by the band.
  const legend = useMemo(
    () => [
      ...lines.filter((l) => l.inLegend !== false),
      ...fans.map((f) => ({ key: f.key, label: f.label, color: f.fill, swatch: 'box' as const })),
    ],
    [lines, fans],
  );

  const data = useMemo(
    () => lines.map((l) => decimateWindow(l.values, xMin, xMax, innerWidth)),
    [lines, xMin, xMax, innerWidth],
  );
  // Zoomed in, the value axis fits the months shown (the investment dip is then legible).
  const { zeroLine } = props;
  const shownDomain = useMemo((): readonly [number, number] => {
    if (!zoomed) return yDomain;
    const [lo, hi] = extent(...lines.map((l) => l.values.subarray(xMin - 1, xMax)));
    if (lo === hi && lo === 0) return yDomain;
    return zeroLine ? [Math.min(lo, 0), Math.max(hi, 0)] : [lo, hi];
  }, [zoomed, yDomain, lines, xMin, xMax, zeroLine]);

  const monthAt = (clientX: number, el: HTMLElement) => {
    const x = clientX - el.getBoundingClientRect().left - margin.left;
    const m = Math.round(xMin + (x / innerWidth) * (xMax - xMin));
    return Math.min(xMax, Math.max(xMin, m));
  };
  // Ctrl/⌘ + wheel zooms around the month under the pointer; a plain wheel scrolls the page.
  // A native listener: React's wheel listener is passive and could not stop the browser's
  // own page zoom.
  const onWheel = useRef<(e: WheelEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onWheel.current = (e: WheelEvent) => {
      const el = ref.current;
      if (!zoom || !el || !(e.ctrlKey || e.metaKey) || e.deltaY === 0) return;
      e.preventDefault();
      const factor = e.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM;
      setRange(zoomRange(range, factor, horizon, monthAt(e.clientX, el)));
    };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const listener = (e: WheelEvent) => onWheel.current(e);
    el.addEventListener('wheel', listener, { passive: false });
    return () => el.removeEventListener('wheel', listener);
  }, [ref]);
  // A press that travels becomes a zoom to the months dragged across; a press that does not
  // stays a click (select the month).
  const drag = useRef<{ x: number; from: number; moved: boolean } | null>(null);
  const [dragSpan, setDragSpan] = useState<MonthRange | null>(null);
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!zoom || e.button !== 0) return;
    drag.current = { x: e.clientX, from: monthAt(e.clientX, e.currentTarget), moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const m = monthAt(e.clientX, e.currentTarget);
    point(m);
    const d = drag.current;
    if (d && (d.moved || Math.abs(e.clientX - d.x) > DRAG_PX)) {
      if (!d.moved) e.currentTarget.setPointerCapture?.(e.pointerId);
      d.moved = true;
      setDragSpan([Math.min(d.from, m), Math.max(d.from, m)]);
    }
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d?.moved) {
      const m = monthAt(e.clientX, e.currentTarget);
      setRange([Math.min(d.from, m), Math.max(d.from, m)]);
    }
    setDragSpan(null);
  };
  const onClick = (e: { clientX: number; currentTarget: HTMLDivElement }) => {
    const wasDrag = drag.current?.moved;
    drag.current = null;
    if (!wasDrag) onSelectMonth?.(monthAt(e.clientX, e.currentTarget));
  };
  const zoomKeys = (e: KeyboardEvent<HTMLDivElement>, from: number): boolean => {
    if (!zoom) return false;
    if (e.key === '+' || e.key === '=') setRange(zoomRange(range, 0.5, horizon, from));
    else if (e.key === '-' || e.key === '_') setRange(zoomRange(range, 2, horizon, from));
    else if (e.key === '0') setRange(wholeRange(horizon));
    else return false;
    e.preventDefault();
    return true;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = cursor ?? selectedMonth ?? xMin;
    if (zoomKeys(e, from)) return;
    const month = keyDown(e, from, { onSelect: onSelectMonth })?.to;
    // Walking out of a zoomed range moves the range along.
    if (zoom && month != null && (month < xMin || month > xMax)) {
      setRange(rangeShowing(range, month, horizon));
    }
  };

  const xAt = (month: number) => margin.left + ((month - xMin) / (xMax - xMin)) * innerWidth;
  const shown = cursor !== null && cursor >= xMin && cursor <= xMax ? cursor : null;
  const plotHeight = height - margin.top - margin.bottom;
  // The rotated title is centred on the plot: longer than the plot, it would run into the legend.
  const yLabelFits = yLabel.length * 7 * textScale <= plotHeight;
  const yLabelShown = yLabelFits || !props.yLabelShort ? yLabel : props.yLabelShort;
  const tableSpec = props.table;

  return (
    <ChartFrame
      title={title}
      summary={summary}
      note={props.note}
      testId={props.testId}
      stale={props.stale}
      legend={legend}
      bands={bands}
      plotRef={ref}
      plotLabel={zoom ? t('chart.plotHintZoom', { title }) : t('chart.plotHint', { title })}
      plotHeight={height}
      plotEvents={{
        onPointerDown,
        onPointerMove,
        onPointerUp,
        onPointerCancel: () => {
          drag.current = null;
          setDragSpan(null);
        },
        onPointerLeave: () => point(null),
        onClick,
        onKeyDown,
        onBlur: clear,
      }}
      width={width}
      tooltip={
        shown === null ? null : { x: xAt(shown), y: margin.top, content: renderTooltip(shown - 1) }
      }
      announce={announce}
      overlay={
        <>
          {dragSpan !== null && (
            <div
              className="time-chart__drag"
              aria-hidden="true"
              style={{
                left: xAt(dragSpan[0]),
                width: Math.max(1, xAt(dragSpan[1]) - xAt(dragSpan[0])),
                top: margin.top,
                height: plotHeight,
              }}
            />
          )}
          {shown !== null && (
            <div
              className="time-chart__cursor"
              aria-hidden="true"
              style={{ left: xAt(shown), top: margin.top, height: plotHeight }}
            />
          )}
        </>
      }
      controls={
        zoom && (
          <ZoomControls
            range={[xMin, xMax]}
            horizon={horizon}
            onFit={() => setChosen(null)}
            onWhole={() => setRange(wholeRange(horizon))}
            onZoom={(factor) => setRange(zoomRange(range, factor, horizon))}
            onPan={(fraction) => setRange(panRange(range, fraction, horizon))}
            fitShown={chosen === null || sameRange(chosen, clampRange(zoom.fit, horizon))}
          />
        )
      }
      table={
        tableSpec &&
        ((tableId) => (
          <ChartDataTable
            id={tableId}
            title={title}
            phase={phase}
            horizon={horizon}
            markers={markers}
            spec={tableSpec}
          />
        ))
      }
    >
      <ChartCanvas
        title={props.canvasLabel ?? title}
        width={width}
        height={height}
        margin={margin}
        xMin={xMin}
        xMax={xMax}
        yDomain={shownDomain}
        phase={phase}
        horizon={horizon}
        lines={lines}
        data={data}
        fans={fans}
        markers={markers}
        formatTick={formatTick}
        yLabel={yLabelShown}
        xLabel={t('chart.month')}
        zeroLine={props.zeroLine}
        selectedMonth={selectedMonth}
        playheadMonth={props.playheadMonth}
        textScale={textScale}
      />
    </ChartFrame>
  );
}
