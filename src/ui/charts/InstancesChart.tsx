import { useMemo } from 'react';
import { intAt, millionthsToString, moneyAt } from '../../engine/index';
import { formatCount, formatMoney } from '../format/money';
import { PARTNER_STYLE, phaseInfo } from '../theme/phases';
import type { ChartTableSpec } from './chart-table';
import { breakEvenMarkers } from './PositionChart';
import { useWording } from './use-wording';
import type { PartnerChartProps } from './PositionChart';
import { extent, instanceSeries } from './series';
import { instancesSummary } from './split-instance-summaries';
import { TimeChart } from './TimeChart';
import type { LineSpec } from './TimeChart';

export interface InstancesChartProps extends PartnerChartProps {
  /** The scenario's instance cap (growth.maxInstances); null draws no cap line. */
  maxInstances: number | null;
}

const STOCK_COLOR = '#0072b2';
const BILLED_COLOR = '#b34e00';

const formatCountTick = (v: number) => formatCount(v);

/** Chart (d): the instance stock (fractional), the billed whole instances and the cap. */
export function InstancesChart(props: InstancesChartProps) {
  const { result, currency, maxInstances } = props;
  const t = useWording();
  const lines = useMemo<LineSpec[]>(() => {
    const out: LineSpec[] = [
      { key: 'stock', label: t('chart.stock'), values: instanceSeries(result), color: STOCK_COLOR },
      {
        key: 'billed',
        label: t('chart.billed'),
        values: result.billedInstances,
        color: BILLED_COLOR,
        dash: '6 3',
      },
    ];
    if (maxInstances !== null) {
      out.push({
        key: 'cap',
        label: t('chart.cap', { count: formatCount(maxInstances) }),
        values: new Float64Array(result.horizonMonths).fill(maxInstances),
        ...PARTNER_STYLE.partnership,
      });
    }
    return out;
  }, [result, maxInstances, t]);
  const yDomain = useMemo(() => {
    const [lo, hi] = extent(...lines.map((l) => l.values));
    return [Math.min(lo, 0), Math.max(hi, 1)] as const;
  }, [lines]);
  const table = useMemo<ChartTableSpec>(
    () => ({
      columns: [t('chart.stock'), t('chart.billed')],
      row: (i) => [
        millionthsToString(intAt(result.instances, i)),
        formatCount(result.billedInstances[i] ?? 0),
      ],
      marks: breakEvenMarkers(result, props.labels, t),
    }),
    [result, props.labels, t],
  );
  return (
    <TimeChart
      testId="chart-instances"
      title={t('chart.instancesTitle')}
      summary={instancesSummary(result, maxInstances)}
      phase={result.phase}
      lines={lines}
      yDomain={yDomain}
      yLabel={t('chart.instancesAxis')}
      formatTick={formatCountTick}
      renderTooltip={(i) => (
        <div className="month-tooltip" data-month={i + 1}>
          <div className="month-tooltip__head">
            <strong>{t('chart.tipMonth', { month: i + 1 })}</strong> ·{' '}
            {t('phase.titleComma', {
              phase: phaseInfo(result.phase[i] ?? 1).phase,
              name: phaseInfo(result.phase[i] ?? 1).name,
            })}
          </div>
          <div>
            {t('chart.tipStock', { count: millionthsToString(intAt(result.instances, i)) })}
          </div>
          <div>{t('chart.tipBilled', { count: formatCount(result.billedInstances[i] ?? 0) })}</div>
          <div>
            {t('chart.tipPrice', { amount: formatMoney(moneyAt(result.price, i), currency) })}
          </div>
          <div>
            {t('chart.tipRevenue', { amount: formatMoney(moneyAt(result.revenue, i), currency) })}
          </div>
        </div>
      )}
      selectedMonth={props.selectedMonth}
      onSelectMonth={props.onSelectMonth}
      stale={props.stale}
      height={props.height}
      table={table}
    />
  );
}
