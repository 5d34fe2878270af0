import { useState } from 'react';
import type { Effect, RankedRow, SensitivityMetric } from '../../../engine';
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
}

const ROW = 34;
const BAR = 11;
const TOP = 26;
/** Room beside the plot for the value at a bar's end, so the longest never meets a label. */
const VALUE_SPACE = 92;
const LOW_COLOR = '#0a58a8';
const HIGH_COLOR = '#c2580a';

function barFill(never: boolean, side: 'low' | 'high'): string {
  if (never) return 'url(#tornado-never)';
  return side === 'low' ? LOW_COLOR : HIGH_COLOR;
}

interface Active {
  row: number;
  side: 'low' | 'high';
}

/** What a bar says exactly: the move, the moved value and the effect. */
function barText(
  r: RankedRow,
  side: 'low' | 'high',
  props: TornadoChartProps,
): { title: string; detail: string } {
  const point = r.row[side];
  const title = t('sensitivity.barTitle', {
    input: inputLabel(r.row.field, props.labels),
    side,
    pct: formatPercentText(props.pct),
    value: analysisValueText(r.row.field, point.value, props.currency),
    clamped: point.clamped ? 'yes' : 'no',
  });
  const effect: Effect = r[side];
  return { title, detail: effectText(effect, props.baseMonth, props.currency) };
}

/**
 * The tornado: one row per input, largest effect first; the bar left of the centre line is the
 * change when the input moves one way, right when the other way, each drawn where its effect lies
 * (the "−20 %" bar may well point right). Bars are focusable; hovering or focusing one shows its
 * exact figures. "Never breaks even" is drawn hatched across the whole half-width.
 */
export function TornadoChart(props: TornadoChartProps) {
  const { rows, metric, labels, stale, currency } = props;
  const tr = useT();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const [active, setActive] = useState<Active | null>(null);
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
  const shown = active === null ? null : rows[active.row];

  return (
    <div className={`tornado${stale ? ' tornado--stale' : ''}`} ref={ref} data-testid="tornado">
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={tr('sensitivity.chartLabel', { heading: metricHeading(metric, labels) })}
      >
        <defs>
          <pattern
            id="tornado-never"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b3fa0" strokeWidth="3" />
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
          const barsTop = stacked ? y + 16 : y;
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
              {(['low', 'high'] as const).map((side, k) => {
                const effect = r[side];
                const extent = barExtent(effect, largest);
                const x1 = centre;
                const x2 = centre + extent * half;
                const never = effect.kind === 'lost' || effect.kind === 'gained';
                const by = barsTop + 5 + k * (BAR + 2);
                const { title, detail } = barText(r, side, props);
                const end = extent >= 0 ? Math.max(x1, x2) + 4 : Math.min(x1, x2) - 4;
                return (
                  <g
                    key={side}
                    tabIndex={0}
                    role="img"
                    aria-label={tr('sensitivity.barAria', { title, detail })}
                    data-side={side}
                    className="tornado__bar"
                    onMouseEnter={() => setActive({ row: i, side })}
                    onMouseLeave={() => setActive(null)}
                    onFocus={() => setActive({ row: i, side })}
                    onBlur={() => setActive(null)}
                  >
                    <rect
                      className="tornado__focus"
                      x={Math.min(x1, x2) - 3}
                      y={by - 3}
                      width={Math.max(Math.abs(x2 - x1), 1.5) + 6}
                      height={BAR + 6}
                    />
                    <rect
                      x={Math.min(x1, x2)}
                      y={by}
                      width={Math.max(Math.abs(x2 - x1), 1.5)}
                      height={BAR}
                      fill={barFill(never, side)}
                      stroke={never ? '#6b3fa0' : 'none'}
                    />
                    <text
                      x={end}
                      y={by + BAR - 1}
                      textAnchor={extent >= 0 ? 'start' : 'end'}
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
      <div className="tornado__legend" aria-hidden="true">
        <span>
          <i style={{ background: LOW_COLOR }} />{' '}
          {tr('sensitivity.legendLow', { pct: formatPercentText(props.pct) })}
        </span>
        <span>
          <i style={{ background: HIGH_COLOR }} />{' '}
          {tr('sensitivity.legendHigh', { pct: formatPercentText(props.pct) })}
        </span>
        <span>
          <i className="tornado__legend-never" /> {tr('sensitivity.legendNever')}
        </span>
      </div>
      <p className="tornado__tooltip" role="status" data-testid="tornado-tooltip">
        {shown && active ? (
          <>
            <strong>{barText(shown, active.side, props).title}</strong>
            <br />
            {barText(shown, active.side, props).detail}
          </>
        ) : (
          tr('sensitivity.hint')
        )}
      </p>
    </div>
  );
}
