import type { GoalSeekField, GoalSeekResult, Scenario } from '../../../engine';
import { t } from '../../i18n';
import { inputLabel } from '../field-labels';
import { analysisValueText } from '../value-text';

/** A goal-seek value as people read it: money as money, hours with h. */
export function goalValue(r: GoalSeekResult, value: string, currency: string): string {
  return analysisValueText(r.field, value, currency);
}

/** The sentence that answers a goal seek, in plain words (exact values as the engine gave them). */
export function answerSentence(
  r: GoalSeekResult,
  labels: { msp: string; isv: string },
  scenario: Pick<Scenario, 'currency' | 'investmentMonths' | 'horizonMonths'>,
): string {
  const value = (v: string) => goalValue(r, v, scenario.currency);
  switch (r.kind) {
    case 'reached':
      return t('goalSeek.reached', {
        input: inputLabel(r.field, labels),
        value: value(r.value),
        which: r.field.endsWith('initHours') ? 'largest' : 'smallest',
        target: r.targetMonth,
        month: r.month,
      });
    case 'unreachable':
      return r.bestMonth === null
        ? t('goalSeek.unreachableNever')
        : t('goalSeek.unreachableBest', { month: r.bestMonth, value: value(r.bestValue) });
    case 'invalid-target': {
      // Worded here from the request, not from the engine's English message.
      const goLive = scenario.investmentMonths + 1;
      return r.targetMonth < goLive
        ? t('goalSeek.tooEarly', { goLive })
        : t('goalSeek.outOfRange', { goLive, horizon: scenario.horizonMonths });
    }
    default:
      return r satisfies never;
  }
}

/** How the answer was checked, in plain words: one step further does not reach the goal. */
export function checkSentence(r: GoalSeekResult, currency: string): string | null {
  if (r.kind !== 'reached') return null;
  return r.neighbour === null
    ? t('goalSeek.checkBound')
    : t('goalSeek.checkNeighbour', {
        value: goalValue(r, r.neighbour, currency),
        target: r.targetMonth,
      });
}

export function currentSentence(r: GoalSeekResult, currency: string): string {
  const value = goalValue(r, r.current.value, currency);
  return r.current.month === null
    ? t('goalSeek.nowNever', { value })
    : t('goalSeek.nowMonth', { value, month: r.current.month });
}

export const FIELD_ORDER: readonly GoalSeekField[] = [
  'price.perInstance',
  'growth.newPerMonth',
  'msp.initHours',
  'isv.initHours',
];
