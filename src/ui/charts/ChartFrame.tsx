import { useId, useState } from 'react';
import type { CSSProperties, HTMLAttributes, ReactNode, RefObject } from 'react';
import { ChartPngButton } from '../png-export/ChartPngButton';
import type { BandEntry, LegendEntry } from '../png-export/chart-png';
import { useWording } from './use-wording';
import './charts.css';

/** A legend entry: a line (as drawn in the plot), or a filled or hatched box (bars). */
export interface FrameLegendEntry extends LegendEntry {
  key: string;
}

/** The tooltip's content and the plot point it belongs to (pixels from the plot's top left). */
export interface FrameTooltip {
  x: number;
  y: number;
  content: ReactNode;
}

export interface ChartFrameProps {
  title: string;
  /** Generated text alternative: what the chart shows, in one or two sentences. */
  summary: string;
  /** A note under the chart (e.g. about clipped values). */
  note?: string;
  testId?: string;
  stale?: boolean;
  /** Added to the figure's class (`time-chart`). */
  className?: string;
  legend: readonly FrameLegendEntry[];
  /** The phase bands behind the plot, for the PNG's second legend row. */
  bands?: readonly BandEntry[];
  /** Under the title and legend, above the plot (e.g. the figure the chart starts from). */
  lead?: ReactNode;
  /** The plot: measured by the chart, focusable, the target of pointer and keyboard. */
  plotRef: RefObject<HTMLDivElement | null>;
  plotLabel: string;
  plotHeight?: number;
  plotEvents?: Omit<HTMLAttributes<HTMLDivElement>, 'className' | 'style' | 'role'>;
  /** The plot's width (the tooltip flips to the left of its point beyond the middle). */
  width: number;
  tooltip: FrameTooltip | null;
  /** The keyboard moved the cursor: the tooltip is announced. */
  announce: boolean;
  tooltipTestId?: string;
  /** Drawn over the plot's drawing (cursor line, dragged range). */
  overlay?: ReactNode;
  /** Controls under the plot (zoom). */
  controls?: ReactNode;
  /** The chart's figures as a table behind "Show as table", built only while open. */
  table?: (id: string) => ReactNode;
  /** The drawing: an <svg> (the PNG export saves the plot's own svg). */
  children: ReactNode;
}

/**
 * The frame every chart shares: title and legend above; the focusable plot with its tooltip;
 * the PNG button, "Show as table" and the summary below. What the x positions are (months, bars)
 * is the chart's business: it passes the tooltip and handles pointer and keys (`useChartCursor`).
 */
export function ChartFrame({ plotRef, ...props }: ChartFrameProps) {
  const { title, legend, table, tooltip, width } = props;
  const t = useWording();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const tipOnLeft = tooltip !== null && tooltip.x > width / 2;
  const figureClass = ['time-chart', props.className, props.stale && 'is-stale']
    .filter(Boolean)
    .join(' ');
  return (
    <figure
      className={figureClass}
      data-testid={props.testId}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
    >
      <div className="time-chart__head">
        <h3 id={`${id}-title`} className="time-chart__title">
          {title}
        </h3>
        <ul className="time-chart__legend" aria-label={t('chart.legend')}>
          {legend.map((l) => (
            <li key={l.key}>
              <LegendSwatch entry={l} />
              {l.label}
            </li>
          ))}
        </ul>
      </div>
      {props.lead}
      <div
        ref={plotRef}
        className="time-chart__plot"
        style={{ height: props.plotHeight }}
        tabIndex={0}
        role="group"
        aria-label={props.plotLabel}
        {...props.plotEvents}
      >
        {props.children}
        {props.overlay}
        {tooltip && (
          <div
            className="time-chart__tooltip"
            data-testid={props.tooltipTestId}
            style={
              tipOnLeft
                ? { right: width - tooltip.x + 12, top: tooltip.y }
                : { left: tooltip.x + 12, top: tooltip.y }
            }
            aria-live={props.announce ? 'polite' : undefined}
          >
            {tooltip.content}
          </div>
        )}
      </div>
      {props.controls}
      {/* After the plot, so the plot stays the chart's first tab stop. */}
      <ChartPngButton title={title} legend={legend} bands={props.bands ?? []} />
      {table && (
        <button
          type="button"
          className="chart-table-toggle chart-small-button"
          aria-expanded={showTable}
          aria-controls={`${id}-table`}
          onClick={() => setShowTable((v) => !v)}
        >
          <span aria-hidden="true">{showTable ? '▾ ' : '▸ '}</span>
          {t('chart.showTable')}
        </button>
      )}
      <figcaption id={`${id}-summary`} className="time-chart__summary">
        {props.summary}
        {props.note && <span className="time-chart__note"> {props.note}</span>}
      </figcaption>
      {/* Rendered only when open: a 6,000-month chart should not build its table unasked. */}
      {table && showTable && table(`${id}-table`)}
    </figure>
  );
}

function LegendSwatch({ entry }: { entry: LegendEntry }) {
  if (entry.swatch === 'box' || entry.swatch === 'hatch')
    return (
      <span
        className={`time-chart__box${entry.swatch === 'hatch' ? ' time-chart__box--hatch' : ''}`}
        style={{ '--swatch': entry.color } as CSSProperties}
        aria-hidden="true"
      />
    );
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="0"
        x2="28"
        y1="5"
        y2="5"
        stroke={entry.color}
        strokeWidth="2.5"
        strokeDasharray={entry.dash}
      />
    </svg>
  );
}
