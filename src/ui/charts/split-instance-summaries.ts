import { millionthsToString, intAt, moneyAt } from '../../engine/index';
import type { SimulationResult } from '../../engine/index';
import { formatCount, formatMoney } from '../format/money';
import { capReachedMonth, peakBilled } from './series';
import type { Labels } from './summaries';
import { capitalise } from '../format/text';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

/**
 * Text alternatives of charts (b) and (d), generated from the result's exact columns and the
 * engine's summary (the same months the phase timeline shows).
 */

const RULE_FROM = {
  2: 'chart.ruleFrom2',
  3: 'chart.ruleFrom3',
  4: 'chart.ruleFrom4',
  5: 'chart.ruleFrom5',
} as const satisfies Record<2 | 3 | 4 | 5, MessageKey>;

/** Chart (b): when each splitting rule takes over, and the last month's split. */
export function revenueSplitSummary(
  result: SimulationResult,
  labels: Labels,
  currency: string,
): string {
  const starts = result.summary.phaseStartMonth;
  const clauses = ([2, 3, 4, 5] as const).flatMap((ph) => {
    const month = starts[ph];
    return month === null ? [] : [t(RULE_FROM[ph], { month })];
  });
  const n = result.horizonMonths;
  if (clauses.length === 0) return t('chart.splitNone', { months: n });
  const rules = capitalise(clauses.join('; '));
  const money = (col: Parameters<typeof moneyAt>[0]) => formatMoney(moneyAt(col, n - 1), currency);
  return t('chart.splitSummary', {
    rules,
    month: n,
    a: labels.msp,
    shareA: money(result.msp.share),
    costA: money(result.msp.cost),
    b: labels.isv,
    shareB: money(result.isv.share),
    costB: money(result.isv.cost),
    revenue: money(result.revenue),
  });
}

/** Chart (d): where the stock ends, the most instances billed, and the cap if there is one. */
export function instancesSummary(result: SimulationResult, maxInstances: number | null): string {
  const n = result.horizonMonths;
  const peak = peakBilled(result);
  const sentences = [
    t('chart.instancesSummary', {
      months: n,
      stock: millionthsToString(intAt(result.instances, n - 1)),
      peak: formatCount(peak.count),
      month: peak.month,
    }),
  ];
  if (maxInstances !== null) {
    const reached = capReachedMonth(result, maxInstances);
    const cap = formatCount(maxInstances);
    sentences.push(
      reached === null
        ? t('chart.instancesBelowCap', { cap })
        : t('chart.instancesCap', { cap, month: reached }),
    );
  }
  return sentences.join(' ');
}
