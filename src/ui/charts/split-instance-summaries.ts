import { millionthsToString, intAt, moneyAt } from '../../engine/index';
import type { SimulationResult } from '../../engine/index';
import { formatCount, formatMoney } from '../format/money';
import { capReachedMonth, peakBilled } from './series';
import type { Labels } from './summaries';

/**
 * Text alternatives of charts (b) and (d), generated from the result's exact columns and the
 * engine's summary (the same months the phase timeline shows).
 */

const RULE_FROM: Record<2 | 3 | 4 | 5, string> = {
  2: 'revenue is split in proportion to each partner’s costs',
  3: 'the partner who has lost more gets all the profit until both have lost the same',
  4: 'profit is split 50/50',
  5: 'revenue follows each month’s costs, so within each month both earn the same margin',
};

/** Chart (b): when each splitting rule takes over, and the last month's split. */
export function revenueSplitSummary(
  result: SimulationResult,
  labels: Labels,
  currency: string,
): string {
  const starts = result.summary.phaseStartMonth;
  const clauses = ([2, 3, 4, 5] as const)
    .filter((ph) => starts[ph] !== null)
    .map((ph) => `from month ${starts[ph]} ${RULE_FROM[ph]}`);
  const n = result.horizonMonths;
  if (clauses.length === 0) return `No revenue is earned within ${n} months.`;
  const rules = clauses.join('; ');
  const money = (col: Parameters<typeof moneyAt>[0]) => formatMoney(moneyAt(col, n - 1), currency);
  return (
    `${rules.charAt(0).toUpperCase()}${rules.slice(1)}. ` +
    `In month ${n} ${labels.msp} receives ${money(result.msp.share)} (costs ${money(result.msp.cost)})` +
    ` and ${labels.isv} ${money(result.isv.share)} (costs ${money(result.isv.cost)})` +
    ` of ${money(result.revenue)} revenue.`
  );
}

/** Chart (d): where the stock ends, the most instances billed, and the cap if there is one. */
export function instancesSummary(result: SimulationResult, maxInstances: number | null): string {
  const n = result.horizonMonths;
  const finalStock = millionthsToString(intAt(result.instances, n - 1));
  const peak = peakBilled(result);
  let text =
    `After ${n} months the instance stock is ${finalStock}; at most ` +
    `${formatCount(peak.count)} instances are billed, first in month ${peak.month}.`;
  if (maxInstances !== null) {
    const reached = capReachedMonth(result, maxInstances);
    text +=
      reached === null
        ? ` The stock stays below the cap of ${formatCount(maxInstances)} instances.`
        : ` The stock reaches the cap of ${formatCount(maxInstances)} instances in month ${reached}.`;
  }
  return text;
}
