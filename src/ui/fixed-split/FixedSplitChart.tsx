import { useMemo } from 'react';
import { moneyAt } from '../../engine';
import type { PartnerKey, SimulationResult, FixedSplitResult } from '../../engine';
import { formatAxisMoney, formatMoney } from '../format/money';
import { extent, positionSeries } from '../charts/series';
import { TimeChart } from '../charts/TimeChart';
import type { LineSpec } from '../charts/TimeChart';
import { t, useLanguage, useT } from '../i18n';
import { PARTNER_STYLE } from '../theme/phases';
import type { Labels } from './fixed-split-text';
import { ColumnHeads } from '../table/ColumnHeads';

export interface FixedSplitChartProps {
  result: SimulationResult;
  split: FixedSplitResult;
  splitSeries: Record<PartnerKey, Float64Array>;
  labels: Labels;
  currency: string;
  summary: string;
  /** Show only months 1…visibleMonths (the early years, where the models differ most). */
  visibleMonths?: number;
  selectedMonth?: number | null;
  onSelectMonth?: (month: number) => void;
  stale?: boolean;
}

/** Lighter hues of the partner colours (Okabe–Ito sky blue and reddish purple) for the fixed split. */
const SPLIT_STYLE: Record<PartnerKey, { color: string; dash: string }> = {
  msp: { color: '#3d8fc4', dash: '2 3' },
  isv: { color: '#c0609c', dash: '2 3' },
};
const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

function FixedSplitTooltip({
  result,
  split,
  labels,
  currency,
  index,
}: Omit<FixedSplitChartProps, 'splitSeries' | 'summary'> & { index: number }) {
  const money = (v: string) => formatMoney(v, currency);
  return (
    <div className="month-tooltip" data-month={index + 1}>
      <div className="month-tooltip__head">
        <strong>{t('fixedSplit.tooltipHead', { month: index + 1 })}</strong>
      </div>
      <table>
        <ColumnHeads
          heads={[
            { hidden: t('fixedSplit.partner') },
            t('fixedSplit.fivePhase'),
            t('fixedSplit.fixedSplit'),
          ]}
        />
        <tbody>
          {KEYS.map((k) => (
            <tr key={k}>
              <th scope="row">{labels[k]}</th>
              <td>{money(moneyAt(result[k].position, index))}</td>
              <td>{money(moneyAt(split[k].position, index))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Both partners' cumulative positions under the five-phase model (solid/dashed) and the fixed split (dotted). */
export function FixedSplitChart(props: FixedSplitChartProps) {
  const { result, split, splitSeries, labels, currency } = props;
  const tr = useT();
  // The legend's words follow the language, so a switch builds the lines anew.
  const language = useLanguage();
  const months = Math.min(result.horizonMonths, props.visibleMonths ?? result.horizonMonths);
  const lines = useMemo<LineSpec[]>(
    () => [
      ...KEYS.map((k) => ({
        key: `model-${k}`,
        label: t('fixedSplit.lineModel', { who: labels[k] }),
        values: positionSeries(result, k).subarray(0, months),
        ...PARTNER_STYLE[k],
      })),
      ...KEYS.map((k) => ({
        key: `split-${k}`,
        label: t('fixedSplit.lineSplit', { who: labels[k] }),
        values: splitSeries[k].subarray(0, months),
        ...SPLIT_STYLE[k],
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language: see above
    [result, splitSeries, labels, months, language],
  );
  const phase = useMemo(() => result.phase.subarray(0, months), [result.phase, months]);
  const yDomain = useMemo(() => {
    const [lo, hi] = extent(...lines.map((l) => l.values));
    return [Math.min(lo, 0), Math.max(hi, 0)] as const;
  }, [lines]);
  return (
    <TimeChart
      testId="chart-compare"
      title={tr('fixedSplit.chartTitle')}
      summary={props.summary}
      note={
        months < result.horizonMonths
          ? tr('fixedSplit.chartNote', { months, horizon: result.horizonMonths })
          : undefined
      }
      phase={phase}
      lines={lines}
      yDomain={yDomain}
      yLabel={tr('fixedSplit.yLabel', { currency })}
      formatTick={formatAxisMoney}
      zeroLine
      renderTooltip={(i) => (
        <FixedSplitTooltip
          result={result}
          split={split}
          labels={labels}
          currency={currency}
          index={i}
        />
      )}
      selectedMonth={props.selectedMonth}
      onSelectMonth={props.onSelectMonth}
      stale={props.stale}
      height={260}
    />
  );
}
