import { operationMonth } from '../format/month';
import type { Translate } from '../i18n';
import type { PhaseSegment } from './segments';

/** "Month 7" or "Months 7–13". */
export function monthRangeText(s: PhaseSegment, t: Translate): string {
  return s.startMonth === s.endMonth
    ? t('timeline.rangeOne', { month: s.startMonth })
    : t('timeline.rangeMany', { start: s.startMonth, end: s.endMonth });
}

/** "Months 12–20, starting in month 6 of operation" (or the go-live month, or before it). */
export function segmentWhenText(s: PhaseSegment, goLiveMonth: number, t: Translate): string {
  const range = monthRangeText(s, t);
  const n = operationMonth(s.startMonth, goLiveMonth);
  if (n === null) return t('timeline.whenBefore', { range, months: goLiveMonth - s.startMonth });
  if (n === 1) return t('timeline.whenGoLive', { range });
  return t('timeline.whenOperation', { range, n });
}
