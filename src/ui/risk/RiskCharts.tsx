import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { PartnerKey, RiskResult } from '../../engine';
import { formatAxisMoney, formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { formatRatio } from '../format/percent';
import { t, useT } from '../i18n';
import { PARTNER_STYLE } from '../theme/phases';
import { runsPercent } from './risk-model';
import { fanSummary } from './fan-layer';
import { ColumnHeads } from '../table/ColumnHeads';

/**
 * The Risk view's two charts, drawn as plain SVG in a fixed coordinate box that scales with the
 * page: the break-even probability curve and each partner's fan (P10–P90 band, P50 line). Floats
 * are only coordinates; every figure in text and tables is the result's exact text.
 */
const W = 640;
const H = 220;
const PAD = { left: 84, right: 12, top: 12, bottom: 28 };

const xOf = (month: number, horizon: number) =>
  PAD.left + ((month - 1) / Math.max(1, horizon - 1)) * (W - PAD.left - PAD.right);
const yOf = (v: number, lo: number, hi: number) =>
  PAD.top + (1 - (v - lo) / (hi - lo || 1)) * (H - PAD.top - PAD.bottom);

function ChartFrame(props: {
  title: string;
  summary: string;
  testId: string;
  children: ReactNode;
  table: ReactNode;
}) {
  const id = useId();
  const tr = useT();
  const [table, setTable] = useState(false);
  return (
    <figure className="risk-chart" data-testid={props.testId} aria-labelledby={`${id}-t`}>
      <figcaption>
        <span id={`${id}-t`} className="risk-chart__title">
          {props.title}
        </span>
        <span id={`${id}-s`} className="risk-chart__summary">
          {props.summary}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-s`}>
        {props.children}
      </svg>
      <button
        type="button"
        className="analysis-button"
        aria-expanded={table}
        aria-controls={`${id}-table`}
        onClick={() => setTable((t) => !t)}
      >
        {table ? tr('analysis.hideTable') : tr('analysis.showTable')}
      </button>
      {table && (
        <div
          id={`${id}-table`}
          className="chart-table"
          tabIndex={0}
          role="region"
          aria-label={tr('analysis.tableOf', { title: props.title })}
        >
          {props.table}
        </div>
      )}
    </figure>
  );
}

function Axis({
  horizon,
  lo,
  hi,
  tick,
}: {
  horizon: number;
  lo: number;
  hi: number;
  tick: (v: number) => string;
}) {
  const ticks = [lo, (lo + hi) / 2, hi];
  return (
    <g className="risk-axis" aria-hidden="true">
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={yOf(t, lo, hi)} y2={yOf(t, lo, hi)} />
          <text x={PAD.left - 6} y={yOf(t, lo, hi) + 4} textAnchor="end">
            {tick(t)}
          </text>
        </g>
      ))}
      <text x={PAD.left} y={H - 8}>
        {t('risk.axisMonth', { month: 1 })}
      </text>
      <text x={W - PAD.right} y={H - 8} textAnchor="end">
        {t('risk.axisMonth', { month: horizon })}
      </text>
    </g>
  );
}

/** Band months listed in a table: every month up to 60, else each year end and the last. */
function tableIndexes(months: readonly number[]): number[] {
  if (months.length <= 60) return months.map((_, i) => i);
  const out = months.flatMap((m, i) => (m % 12 === 0 ? [i] : []));
  if (out.at(-1) !== months.length - 1) out.push(months.length - 1);
  return out;
}

export function BreakEvenCurve({ result, horizon }: { result: RiskResult; horizon: number }) {
  useT();
  const { byMonth, p50 } = result.breakEven.partnership;
  const runs = result.runs;
  const points = byMonth
    .map((n, i) => `${xOf(i + 1, horizon).toFixed(1)},${yOf(n / runs, 0, 1).toFixed(1)}`)
    .join(' ');
  const last = byMonth.at(-1) ?? 0;
  const pct = formatPercentText(runsPercent(last, runs));
  const summary =
    p50 === null
      ? t('risk.curveSummaryNever', { horizon, pct, runs })
      : t('risk.curveSummary', { horizon, pct, runs, median: p50 });
  const marks =
    byMonth.length <= 60 ? byMonth.map((_, i) => i) : tableIndexes(byMonth.map((_, i) => i + 1));
  return (
    <ChartFrame
      testId="risk-breakeven-curve"
      title={t('risk.curveTitle')}
      summary={summary}
      table={
        <table>
          <caption>{t('risk.curveCaption')}</caption>
          <ColumnHeads
            heads={[t('risk.month1'), t('risk.runsBrokenEven'), t('risk.probability')]}
          />
          <tbody>
            {marks.map((i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                <td>{byMonth[i]}</td>
                <td>{formatPercentText(runsPercent(byMonth[i] ?? 0, runs))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Axis horizon={horizon} lo={0} hi={1} tick={(v) => formatRatio(v, 0)} />
      <polyline
        points={points}
        fill="none"
        stroke={PARTNER_STYLE.partnership.color}
        strokeWidth={2}
      />
    </ChartFrame>
  );
}

export function FanChart({
  result,
  horizon,
  currency,
  labels,
}: {
  result: RiskResult;
  horizon: number;
  currency: string;
  labels: Record<PartnerKey, string>;
}) {
  useT();
  const { months } = result.bands;
  const series = (['msp', 'isv'] as const).map((key) => ({
    key,
    p10: result.bands[key].p10.map(Number),
    p50: result.bands[key].p50.map(Number),
    p90: result.bands[key].p90.map(Number),
  }));
  const all = series.flatMap((s) => [...s.p10, ...s.p90]);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const x = (i: number) => xOf(months[i] ?? 1, horizon).toFixed(1);
  const line = (v: number[]) => v.map((y, i) => `${x(i)},${yOf(y, lo, hi).toFixed(1)}`);
  const summary = fanSummary(result, labels, currency);
  const rows = tableIndexes(months);
  return (
    <ChartFrame
      testId="risk-fan-chart"
      title={t('risk.fanTitle')}
      summary={summary}
      table={
        <table>
          <caption>{t('risk.fanCaption')}</caption>
          <ColumnHeads
            heads={[
              t('risk.month1'),
              ...(['msp', 'isv'] as const).flatMap((k) =>
                ['P10', 'P50', 'P90'].map((q) =>
                  t('risk.fanColumn', { who: labels[k], quantile: q }),
                ),
              ),
            ]}
          />
          <tbody>
            {rows.map((i) => (
              <tr key={i}>
                <th scope="row">{months[i]}</th>
                {(['msp', 'isv'] as const).flatMap((k) =>
                  (['p10', 'p50', 'p90'] as const).map((q) => (
                    <td key={k + q}>{formatMoney(result.bands[k][q][i] ?? '0.00', currency)}</td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <Axis horizon={horizon} lo={lo} hi={hi} tick={formatAxisMoney} />
      <line
        className="risk-zero"
        x1={PAD.left}
        x2={W - PAD.right}
        y1={yOf(0, lo, hi)}
        y2={yOf(0, lo, hi)}
      />
      {series.map((s) => (
        <g key={s.key}>
          <polygon
            points={[...line(s.p90), ...line(s.p10).reverse()].join(' ')}
            fill={PARTNER_STYLE[s.key].color}
            fillOpacity={0.18}
          />
          <polyline
            points={line(s.p50).join(' ')}
            fill="none"
            stroke={PARTNER_STYLE[s.key].color}
            strokeWidth={2}
          />
        </g>
      ))}
    </ChartFrame>
  );
}
