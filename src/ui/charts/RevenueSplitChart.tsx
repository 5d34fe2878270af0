import { useMemo } from 'react';
import { moneyAt, toChartSeries } from '../../engine/index';
import type { IntColumn } from '../../engine/index';
import { formatAxisMoney, formatMoney } from '../format/money';
import { PARTNER_STYLE } from '../theme/phases';
import type { ChartTableSpec } from './chart-table';
import { MonthTooltip } from './MonthTooltip';
import { breakEvenMarkers } from './PositionChart';
import { useWording } from './use-wording';
import type { PartnerChartProps } from './PositionChart';
import { extent, partnerMonthlySeries } from './series';
import { revenueSplitSummary } from './split-instance-summaries';
import { TimeChart } from './TimeChart';
import type { LineSpec } from './TimeChart';

/**
 * Chart (b): each partner's monthly share of the revenue against its monthly costs. Shares are
 * solid/long-dashed (as on the other charts), costs thin short dashes in the partner's colour;
 * the phase bands behind show which splitting rule produced each month.
 */
export function RevenueSplitChart(props: PartnerChartProps) {
  const { result, currency, labels } = props;
  const t = useWording();
  const lines = useMemo<LineSpec[]>(
    () => [
      {
        key: 'revenue',
        label: t('chart.revenue'),
        values: toChartSeries(result.revenue),
        ...PARTNER_STYLE.partnership,
      },
      {
        key: 'msp-share',
        label: t('chart.share', { who: labels.msp }),
        values: partnerMonthlySeries(result, 'msp', 'share'),
        ...PARTNER_STYLE.msp,
      },
      {
        key: 'isv-share',
        label: t('chart.share', { who: labels.isv }),
        values: partnerMonthlySeries(result, 'isv', 'share'),
        ...PARTNER_STYLE.isv,
      },
      {
        key: 'msp-cost',
        label: t('chart.costs', { who: labels.msp }),
        values: partnerMonthlySeries(result, 'msp', 'cost'),
        color: PARTNER_STYLE.msp.color,
        dash: '3 3',
      },
      {
        key: 'isv-cost',
        label: t('chart.costs', { who: labels.isv }),
        values: partnerMonthlySeries(result, 'isv', 'cost'),
        color: PARTNER_STYLE.isv.color,
        dash: '1 3',
      },
    ],
    [result, labels.msp, labels.isv, t],
  );
  const yDomain = useMemo(() => {
    const [lo, hi] = extent(...lines.map((l) => l.values));
    return [Math.min(lo, 0), Math.max(hi, 1)] as const;
  }, [lines]);
  const table = useMemo<ChartTableSpec>(() => {
    const money = (col: IntColumn, i: number) => formatMoney(moneyAt(col, i), currency);
    return {
      columns: lines.map((l) => l.label),
      row: (i) => [
        money(result.revenue, i),
        money(result.msp.share, i),
        money(result.isv.share, i),
        money(result.msp.cost, i),
        money(result.isv.cost, i),
      ],
      marks: breakEvenMarkers(result, labels, t),
    };
  }, [result, currency, lines, labels, t]);
  return (
    <TimeChart
      testId="chart-revenue-split"
      title={t('chart.splitTitle')}
      summary={revenueSplitSummary(result, labels, currency)}
      phase={result.phase}
      lines={lines}
      yDomain={yDomain}
      yLabel={t('chart.splitAxis', { currency })}
      formatTick={formatAxisMoney}
      zeroLine
      renderTooltip={(i) => (
        <MonthTooltip result={result} currency={currency} labels={labels} index={i} />
      )}
      selectedMonth={props.selectedMonth}
      onSelectMonth={props.onSelectMonth}
      stale={props.stale}
      height={props.height}
      table={table}
    />
  );
}
