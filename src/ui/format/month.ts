/**
 * Months as people say them, with one convention everywhere: months are numbered from the start
 * of the scenario (month 1 … horizon), and the go-live month is "month 1 of operation". So with
 * go-live in month 7, month 26 is month 20 of operation and month 27 is month 21 of operation,
 * whether the month is where a break-even happens (at its end) or where a phase begins.
 */
import { t } from '../i18n/i18n';

/** The month's number of operation (the go-live month is 1), or null before go-live. */
export function operationMonth(month: number, goLiveMonth: number): number | null {
  return month >= goLiveMonth ? month - goLiveMonth + 1 : null;
}

/** English-only "3 months" glue; new text uses an ICU plural message instead. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** "the go-live month", "month 20 of operation", "3 months before go-live". */
export function relativeToGoLive(month: number, goLiveMonth: number): string {
  const n = operationMonth(month, goLiveMonth);
  if (n === null) return t('format.monthsBeforeGoLive', { count: goLiveMonth - month });
  return n === 1 ? t('format.goLiveMonth') : t('format.operationMonth', { n });
}

/** "Month 26 · month 20 of operation", or "Month 26" without a go-live month. */
export function formatMonth(month: number, goLiveMonth?: number): string {
  if (goLiveMonth === undefined) return t('format.month', { month });
  return t('format.monthRelative', { month, relative: relativeToGoLive(month, goLiveMonth) });
}

/** The convention in one sentence, for help texts beside month figures. */
export function goLiveConvention(goLiveMonth: number): string {
  return goLiveMonth === 1
    ? t('format.conventionLiveFromStart')
    : t('format.conventionGoLive', { goLive: goLiveMonth });
}
