import type { Phase } from '../../engine/index';

/** A run of consecutive months in one phase. Months are 1-based and inclusive. */
export interface PhaseSegment {
  phase: Phase;
  startMonth: number;
  endMonth: number;
}

/**
 * The phase column as runs. Phases can recur (a dip back to phase 2 after phase 5), so the same
 * phase may appear in several segments.
 */
export function phaseSegments(phase: Uint8Array): PhaseSegment[] {
  const out: PhaseSegment[] = [];
  let current: PhaseSegment | undefined;
  for (let i = 0; i < phase.length; i++) {
    const p = phase[i] as Phase;
    if (current && current.phase === p) {
      current.endMonth = i + 1;
    } else {
      current = { phase: p, startMonth: i + 1, endMonth: i + 1 };
      out.push(current);
    }
  }
  return out;
}

/** The first month of each phase that occurs, or null for a phase that never happens. */
export function phaseStartMonths(segments: readonly PhaseSegment[]): Record<Phase, number | null> {
  const starts: Record<Phase, number | null> = { 1: null, 2: null, 3: null, 4: null, 5: null };
  for (const s of segments) {
    if (starts[s.phase] === null) starts[s.phase] = s.startMonth;
  }
  return starts;
}
