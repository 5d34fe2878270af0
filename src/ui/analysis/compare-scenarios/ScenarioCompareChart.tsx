import { useMemo } from 'react';
import { TimeChart } from '../../charts/TimeChart';
import type { LineSpec } from '../../charts/TimeChart';
import type { ChartTableSpec } from '../../charts/chart-table';
import { extent } from '../../charts/series';
import { formatAxisMoney } from '../../format/money';
import { useT } from '../../i18n';
import { roundedMoney } from '../sensitivity/effect-text';
import type { CompareRun } from '../../../worker/analysis-protocol';

export const PIN_COLORS = ['#0a58a8', '#c2580a', '#2e7d32'] as const;

export interface CompareLine {
  title: string;
  labels: { msp: string; isv: string };
  run: CompareRun;
}

const PARTNERS = ['msp', 'isv'] as const;

/** A pinned scenario's month over the longest horizon: NaN (a gap) after its own last month. */
function padded(values: Float64Array, horizon: number): Float64Array {
  if (values.length === horizon) return values;
  const out = new Float64Array(horizon).fill(NaN);
  out.set(values);
  return out;
}

/**
 * The pinned scenarios' chart coordinates (floats) shown as text: three significant digits,
 * said to be rounded; the exact figures are in the key-figures table beside the chart.
 */
function roundedAt(line: LineSpec, i: number, currency: string): string {
  const v = line.values[i];
  return v === undefined || Number.isNaN(v)
    ? '–'
    : roundedMoney(BigInt(Math.round(v * 100)), currency);
}

/**
 * The revenue-sharing timelines of the pinned scenarios overlaid, in the shared chart frame:
 * each partner's cumulative position (share received minus costs) per month, one colour per
 * scenario, solid for the MSP partner and dashed for the ISV. The analysis worker sends float
 * series: they become the frame's lines as they are, shorter horizons ending in a gap.
 */
export function ScenarioCompareChart({
  lines,
  currency = 'CHF',
}: {
  lines: readonly CompareLine[];
  currency?: string;
}) {
  const t = useT();
  const horizon = Math.max(2, ...lines.map((l) => l.run.horizonMonths));
  const specs = useMemo<LineSpec[]>(
    () =>
      lines.flatMap((l, i) =>
        PARTNERS.map((p) => ({
          key: `${i}-${p}`,
          label: t('compareScenarios.lineLabel', { title: l.title, partner: l.labels[p] }),
          values: padded(l.run.series.position[p], horizon),
          color: PIN_COLORS[i % PIN_COLORS.length] ?? '#000',
          dash: p === 'isv' ? '6 4' : undefined,
        })),
      ),
    [lines, horizon, t],
  );
  const yDomain = useMemo(() => {
    const [lo, hi] = extent(...specs.map((l) => l.values));
    return [Math.min(lo, 0), Math.max(hi, lo === hi ? 1 : 0)] as const;
  }, [specs]);
  const table = useMemo<ChartTableSpec>(
    () => ({
      columns: specs.map((l) => l.label),
      row: (i) => specs.map((l) => roundedAt(l, i, currency)),
      rounded: true,
    }),
    [specs, currency],
  );
  const summary = t('compareScenarios.chartSummary', {
    lines: lines
      .map((l) => {
        const month = l.run.summary.partnershipBreakEvenMonth;
        return month === null
          ? t('compareScenarios.lineNever', { title: l.title })
          : t('compareScenarios.lineBreaksEven', { title: l.title, month });
      })
      .join(' '),
  });
  return (
    <div className="compare-chart">
      <TimeChart
        testId="compare-chart"
        title={t('compareScenarios.chartTitle')}
        summary={summary}
        canvasLabel={summary}
        horizon={horizon}
        lines={specs}
        yDomain={yDomain}
        yLabel={t('compareScenarios.yLabel', { currency })}
        formatTick={formatAxisMoney}
        zeroLine
        height={280}
        table={table}
        renderTooltip={(i) => (
          <div className="month-tooltip" data-month={i + 1}>
            <div className="month-tooltip__head">
              <strong>{t('compareScenarios.tooltipHead', { month: i + 1 })}</strong>
            </div>
            <table>
              <tbody>
                {specs.map((l) => (
                  <tr key={l.key}>
                    <th scope="row">{l.label}</th>
                    <td>{roundedAt(l, i, currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      />
    </div>
  );
}
