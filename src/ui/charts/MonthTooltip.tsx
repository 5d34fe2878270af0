import { moneyAt } from '../../engine/index';
import type { PartnerKey, SimulationResult } from '../../engine/index';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { useT } from '../i18n';
import { phaseInfo } from '../theme/phases';
import type { Labels } from './summaries';
import { marginPctAt } from './series';
import { ColumnHeads } from '../table/ColumnHeads';

export interface MonthTooltipProps {
  result: SimulationResult;
  currency: string;
  labels: Labels;
  /** Index of the month (0 is month 1). */
  index: number;
  /** Extra per-partner rows, e.g. the month's margin. */
  showMargin?: boolean;
}

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/** A month's exact figures, read from the integer columns (never from chart coordinates). */
export function MonthTooltip({ result, currency, labels, index, showMargin }: MonthTooltipProps) {
  const t = useT();
  const money = (col: Parameters<typeof moneyAt>[0]) => formatMoney(moneyAt(col, index), currency);
  const info = phaseInfo(result.phase[index] ?? 1);
  const margin = (p: PartnerKey) => {
    const pct = marginPctAt(result, p, index);
    return pct === null ? '–' : formatPercentText(pct);
  };
  return (
    <div className="month-tooltip" data-month={index + 1}>
      <div className="month-tooltip__head">
        <strong>{t('chart.tipMonth', { month: index + 1 })}</strong> ·{' '}
        {t('phase.titleComma', { phase: info.phase, name: info.name })}
      </div>
      <div className="month-tooltip__revenue">
        {t('chart.tipRevenue', { amount: money(result.revenue) })}
      </div>
      <table>
        <ColumnHeads heads={[{ hidden: t('chart.tipFigure') }, ...KEYS.map((p) => labels[p])]} />
        <tbody>
          <tr>
            <th scope="row">{t('chart.tipShare')}</th>
            {KEYS.map((p) => (
              <td key={p}>{money(result[p].share)}</td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('chart.tipCost')}</th>
            {KEYS.map((p) => (
              <td key={p}>{money(result[p].cost)}</td>
            ))}
          </tr>
          {showMargin && (
            <tr>
              <th scope="row">{t('chart.tipMargin')}</th>
              {KEYS.map((p) => (
                <td key={p}>{margin(p)}</td>
              ))}
            </tr>
          )}
          <tr>
            <th scope="row">{t('chart.tipPosition')}</th>
            {KEYS.map((p) => (
              <td key={p}>{money(result[p].position)}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
