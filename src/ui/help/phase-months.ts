import type { Phase } from '../../engine/index';
import { t } from '../i18n/i18n';
import { phaseSegments } from '../timeline/segments';

/** The months of each phase's first run, in phase order (phases the result never reaches: none). */
export function firstPhaseMonths(phase: Uint8Array): { phase: Phase; from: number; to: number }[] {
  const seen = new Map<Phase, { phase: Phase; from: number; to: number }>();
  for (const seg of phaseSegments(phase)) {
    if (!seen.has(seg.phase)) {
      seen.set(seg.phase, { phase: seg.phase, from: seg.startMonth, to: seg.endMonth });
    }
  }
  return [...seen.values()].sort((a, b) => a.phase - b.phase);
}

export function monthsText(from: number, to: number): string {
  return from === to ? t('intro.month', { from }) : t('intro.months', { from, to });
}
