import type { GoalSeekField, GoalSeekResult } from '../../../engine';
import { inputLabel, valueText } from '../field-labels';

/** The sentence that answers a goal seek, in plain words (exact values as the engine gave them). */
export function answerSentence(
  r: GoalSeekResult,
  labels: { msp: string; isv: string },
  currency: string,
): string {
  const name = inputLabel(r.field, labels);
  const value = (v: string) => valueText(r.field, v, currency);
  switch (r.kind) {
    case 'reached': {
      const which = r.field.endsWith('initHours') ? 'largest' : 'smallest';
      return `${name}: ${value(r.value)} is the ${which} value that breaks even by month ${r.targetMonth} (it breaks even in month ${r.month}).`;
    }
    case 'unreachable': {
      const best =
        r.bestMonth === null
          ? 'the partnership never breaks even within the horizon'
          : `best possible: month ${r.bestMonth}, with ${value(r.bestValue)}`;
      return `Not reachable within the allowed range (${best}).`;
    }
    case 'invalid-target':
      return r.message;
    default:
      return r satisfies never;
  }
}

/** How the answer was checked: one step further does not reach the goal. */
export function checkSentence(r: GoalSeekResult, currency: string): string | null {
  if (r.kind !== 'reached') return null;
  const method = r.method === 'scan' ? 'coarse-to-fine scan' : 'bisection';
  const neighbour =
    r.neighbour === null
      ? 'it is at the end of the allowed range'
      : `${valueText(r.field, r.neighbour, currency)} does not reach it`;
  return `Found by ${method} in ${r.runs} engine runs and checked: ${neighbour}.`;
}

export function currentSentence(r: GoalSeekResult, currency: string): string {
  const month =
    r.current.month === null ? 'never breaks even' : `breaks even in month ${r.current.month}`;
  return `Now: ${valueText(r.field, r.current.value, currency)}, the partnership ${month}.`;
}

export const FIELD_ORDER: readonly GoalSeekField[] = [
  'price.perInstance',
  'growth.newPerMonth',
  'msp.initHours',
  'isv.initHours',
];
