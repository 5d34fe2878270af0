import { useMemo } from 'react';
import { formatPercentText, formatRatio } from '../format/percent';
import { PARTNER_STYLE } from '../theme/phases';
import { MonthTooltip } from './MonthTooltip';
import { breakEvenMarkers } from './PositionChart';
import { useWording } from './use-wording';
import type { PartnerChartProps } from './PositionChart';
import type { ChartTableSpec } from './chart-table';
import { extent, marginPctAt, marginSeries } from './series';
import { marginSummary } from './summaries';
import { TimeChart } from './TimeChart';
import type { LineSpec } from './TimeChart';

/**
 * Margins below this are drawn at it: at go-live a partner can receive a few francs against
 * thousands of costs (−1,000% and worse), which would flatten everything else to a line.
 */
export const MARGIN_FLOOR = -1;

const formatMarginTick = (v: number) => formatRatio(v, 0);

/** Chart (c): each partner's monthly margin (S − C) / S; equal once both are paid back. */
export function MarginChart(props: PartnerChartProps) {
  const { result, currency, labels } = props;
  const t = useWording();
  const lines = useMemo<LineSpec[]>(
    () => [
      { key: 'msp', label: labels.msp, values: marginSeries(result, 'msp'), ...PARTNER_STYLE.msp },
      { key: 'isv', label: labels.isv, values: marginSeries(result, 'isv'), ...PARTNER_STYLE.isv },
    ],
    [result, labels.msp, labels.isv],
  );
  const [lo, hi] = useMemo(() => extent(...lines.map((l) => l.values)), [lines]);
  const yDomain = useMemo(
    () => [Math.max(Math.min(lo, 0), MARGIN_FLOOR), Math.max(hi, 0.1)] as const,
    [lo, hi],
  );
  const clipped = lo < MARGIN_FLOOR;
  const table = useMemo<ChartTableSpec>(() => {
    const pct = (p: 'msp' | 'isv', i: number) => {
      const v = marginPctAt(result, p, i);
      return v === null ? '–' : formatPercentText(v);
    };
    return {
      columns: [
        t('chart.marginColumn', { who: labels.msp }),
        t('chart.marginColumn', { who: labels.isv }),
      ],
      row: (i) => [pct('msp', i), pct('isv', i)],
      marks: breakEvenMarkers(result, labels, t),
    };
  }, [result, labels, t]);
  return (
    <TimeChart
      testId="chart-margin"
      title={t('chart.marginTitle')}
      summary={marginSummary(result.summary, labels, result.horizonMonths)}
      note={clipped ? t('chart.marginClipped', { floor: formatRatio(MARGIN_FLOOR, 0) }) : undefined}
      phase={result.phase}
      lines={lines}
      yDomain={yDomain}
      yLabel={t('chart.marginAxis')}
      formatTick={formatMarginTick}
      zeroLine
      renderTooltip={(i) => (
        <MonthTooltip result={result} currency={currency} labels={labels} index={i} showMargin />
      )}
      selectedMonth={props.selectedMonth}
      onSelectMonth={props.onSelectMonth}
      stale={props.stale}
      height={props.height}
      table={table}
    />
  );
}
