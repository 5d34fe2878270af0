import { useContext, useMemo } from 'react';
import { DataContext } from '@visx/xychart';
import { phaseSegments } from '../timeline/segments';
import { PHASES } from '../theme/phases';
import { placeMarkerLabel } from './marker-label';
import type { ChartPoint } from './decimate';
import type { FanSpec, LineSpec } from './chart-types';

/**
 * SVG layers drawn inside an XYChart with its scales: phase bands behind the lines, the zero
 * line, month markers (break-even) and the hover/selection cursors.
 */

function useScales() {
  const { xScale, yScale, innerHeight, margin } = useContext(DataContext);
  if (!xScale || !yScale || innerHeight === undefined || !margin) return null;
  const x = (month: number) => Number(xScale(month));
  const y = (value: number) => Number(yScale(value));
  const [left, right] = xScale.range() as [number, number];
  return { x, y, left, right, top: margin.top, bottom: margin.top + innerHeight };
}

export function PhaseBands({ phase }: { phase: Uint8Array }) {
  const s = useScales();
  const segments = useMemo(() => phaseSegments(phase), [phase]);
  if (!s) return null;
  return (
    <g aria-hidden="true" className="chart-phase-bands">
      {segments.map((seg) => {
        // Kept to the plot: a zoomed chart's bands beyond it would widen the page.
        const x0 = Math.max(s.left, s.x(seg.startMonth - 0.5));
        const x1 = Math.min(s.right, s.x(seg.endMonth + 0.5));
        if (x1 <= x0) return null;
        return (
          <rect
            key={seg.startMonth}
            x={x0}
            y={s.top}
            width={Math.max(0.5, x1 - x0)}
            height={s.bottom - s.top}
            fill={PHASES[seg.phase].fill}
            opacity={0.5}
          />
        );
      })}
    </g>
  );
}

/** Bands between two lines: the upper line's points forward, the lower line's back. */
export function FanAreas(props: {
  fans: readonly FanSpec[];
  lines: readonly LineSpec[];
  data: readonly ChartPoint[][];
}) {
  const s = useScales();
  if (!s) return null;
  const pointsOf = (key: string) => props.data[props.lines.findIndex((l) => l.key === key)] ?? [];
  return (
    <g aria-hidden="true" className="chart-fans">
      {props.fans.map((f) => {
        const upper = pointsOf(f.upper);
        const lower = pointsOf(f.lower);
        if (upper.length === 0 || lower.length === 0) return null;
        const at = (p: ChartPoint) => `${s.x(p.month).toFixed(1)},${s.y(p.value).toFixed(1)}`;
        const points = [...upper.map(at), ...lower.map(at).reverse()].join(' ');
        return <polygon key={f.key} points={points} fill={f.fill} stroke="none" />;
      })}
    </g>
  );
}

export function ZeroLine() {
  const s = useScales();
  if (!s) return null;
  const y0 = s.y(0);
  if (!Number.isFinite(y0) || y0 < s.top || y0 > s.bottom) return null;
  return (
    <line
      x1={s.left}
      x2={s.right}
      y1={y0}
      y2={y0}
      stroke="#1b1b1b"
      strokeWidth={1.25}
      aria-hidden
    />
  );
}

export interface MonthMarker {
  month: number;
  label: string;
  /** Shown instead of `label` where the full label does not fit beside the line. */
  short?: string;
  color: string;
  dash?: string;
}

/** Vertical lines with a label each; labels are stacked so nearby markers stay legible. */
export function MonthMarkers({ markers }: { markers: readonly MonthMarker[] }) {
  const s = useScales();
  const fontSize = Number(useContext(DataContext).theme?.svgLabelBig.fontSize ?? 12);
  if (!s) return null;
  return (
    <g aria-hidden="true" className="chart-markers">
      {markers.map((m, i) => {
        const x = s.x(m.month);
        const placed = placeMarkerLabel(m, x, s, fontSize);
        return (
          <g key={`${m.label}-${m.month}`}>
            <line
              x1={x}
              x2={x}
              y1={s.top}
              y2={s.bottom}
              stroke={m.color}
              strokeWidth={1.5}
              strokeDasharray={m.dash ?? '4 3'}
            />
            <text
              x={placed.x}
              y={s.top + fontSize + i * (fontSize + 3)}
              textAnchor={placed.anchor}
              fill={m.color}
              fontSize={fontSize}
              fontWeight={600}
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={3}
            >
              {placed.text}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The month under the pointer or keyboard cursor, and the selected month. */
export function MonthCursor({ month, selected }: { month: number; selected?: boolean }) {
  const s = useScales();
  if (!s) return null;
  const x = s.x(month);
  return (
    <line
      aria-hidden="true"
      x1={x}
      x2={x}
      y1={s.top}
      y2={s.bottom}
      stroke={selected ? '#1b1b1b' : '#5a5a5a'}
      strokeWidth={selected ? 2 : 1}
      strokeDasharray={selected ? undefined : '2 2'}
      pointerEvents="none"
    />
  );
}
