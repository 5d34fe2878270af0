import { useMemo } from 'react';
import { decimateSeries } from '../../charts/decimate';
import { useElementWidth } from '../../hooks/use-element-width';
import { formatAxisMoney } from '../../format/money';
import { t, useLanguage, useT } from '../../i18n';
import type { CompareRun } from '../../../worker/analysis-protocol';

export const PIN_COLORS = ['#0a58a8', '#c2580a', '#2e7d32'] as const;

export interface CompareLine {
  title: string;
  labels: { msp: string; isv: string };
  run: CompareRun;
}

const HEIGHT = 260;
const M = { top: 12, right: 16, bottom: 34, left: 76 };

function ticks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => span / s <= count) ?? 10 * mag;
  const out: number[] = [];
  // `|| 0`: no "−0" tick.
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) out.push(v || 0);
  return out;
}

/**
 * The revenue-sharing timelines of the pinned scenarios overlaid: each partner's cumulative
 * position (share received minus costs) per month, one colour per scenario, solid for the MSP
 * partner and dashed for the ISV. Floats for drawing only; the exact figures are in the table.
 */
export function ScenarioCompareChart({ lines }: { lines: readonly CompareLine[] }) {
  const tr = useT();
  // The legend's words follow the language, so a switch builds the series anew.
  const language = useLanguage();
  const [ref, width] = useElementWidth<HTMLDivElement>(720);
  const innerW = Math.max(1, width - M.left - M.right);
  const innerH = HEIGHT - M.top - M.bottom;
  const horizon = Math.max(2, ...lines.map((l) => l.run.horizonMonths));
  // Everything costly in one memo: decimation (M4 per 2-pixel column), the y range and the
  // polyline strings; re-rendering the panel (a message, a new pin) does not redo it.
  const { series, lo, hi } = useMemo(() => {
    const drawn = lines.flatMap((l, i) =>
      (['msp', 'isv'] as const).map((p) => ({
        key: `${i}-${p}`,
        color: PIN_COLORS[i % PIN_COLORS.length] ?? '#000',
        dash: p === 'isv' ? '6 4' : undefined,
        label: t('compareScenarios.lineLabel', { title: l.title, partner: l.labels[p] }),
        points: decimateSeries(l.run.series.position[p], innerW / 2),
      })),
    );
    let min = 0;
    let max = 0;
    for (const d of drawn)
      for (const pt of d.points) {
        if (pt.value < min) min = pt.value;
        if (pt.value > max) max = pt.value;
      }
    if (max === min) max = min + 1;
    const sx = innerW / (horizon - 1);
    const sy = innerH / (max - min);
    return {
      lo: min,
      hi: max,
      series: drawn.map((d) => {
        let path = '';
        for (const pt of d.points) {
          if (!Number.isFinite(pt.value)) continue;
          const px = M.left + (pt.month - 1) * sx;
          const py = M.top + (max - pt.value) * sy;
          path += `${px.toFixed(1)},${py.toFixed(1)} `;
        }
        return { ...d, path };
      }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language: see above
  }, [lines, innerW, innerH, horizon, language]);
  const x = (month: number) => M.left + ((month - 1) / (horizon - 1)) * innerW;
  const y = (v: number) => M.top + ((hi - v) / (hi - lo)) * innerH;
  const summary = lines
    .map((l) => {
      const month = l.run.summary.partnershipBreakEvenMonth;
      return month === null
        ? tr('compareScenarios.lineNever', { title: l.title })
        : tr('compareScenarios.lineBreaksEven', { title: l.title, month });
    })
    .join(' ');

  return (
    <figure className="compare-chart" ref={ref}>
      <figcaption className="compare-chart__title">{tr('compareScenarios.chartTitle')}</figcaption>
      <svg
        width={width}
        height={HEIGHT}
        role="img"
        aria-label={tr('compareScenarios.chartSummary', { lines: summary })}
      >
        {ticks(lo, hi, 5).map((t) => (
          <g key={t}>
            <line x1={M.left} x2={M.left + innerW} y1={y(t)} y2={y(t)} stroke="#e3e6ea" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end" className="compare-chart__tick">
              {formatAxisMoney(t)}
            </text>
          </g>
        ))}
        {ticks(1, horizon, 6).map((t) => (
          <text
            key={t}
            x={x(t)}
            y={HEIGHT - 14}
            textAnchor="middle"
            className="compare-chart__tick"
          >
            {t}
          </text>
        ))}
        <text
          x={M.left + innerW / 2}
          y={HEIGHT - 1}
          textAnchor="middle"
          className="compare-chart__tick"
        >
          {tr('compareScenarios.axisMonth')}
        </text>
        <line x1={M.left} x2={M.left + innerW} y1={y(0)} y2={y(0)} stroke="#1a1d21" />
        {series.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash}
            points={s.path}
          />
        ))}
      </svg>
      <ul className="compare-chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={s.color}
                strokeWidth="2"
                strokeDasharray={s.dash}
              />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
