import { t } from '../i18n';
import type { SimulationResult } from '../../engine/index';
import type { MonthMarker } from '../charts/chart-layers';
import { PHASES, phaseInfo } from '../theme/phases';
import type { PhaseInfo } from '../theme/phases';

/** The phase the given month (1-based) is in, with its explanation from the phase timeline. */
export function phaseAt(result: SimulationResult, month: number): PhaseInfo {
  const label = result.phase[Math.min(result.horizonMonths, Math.max(1, month)) - 1];
  return label === undefined ? PHASES[1] : phaseInfo(label);
}

/** The markers (break-even moments) the playhead has reached, in month order. */
export function reachedMarkers(markers: readonly MonthMarker[], month: number): MonthMarker[] {
  return markers.filter((m) => m.month <= month).sort((a, b) => a.month - b.month);
}

/** How the scrubber reads to a screen reader: "Month 26 of 120, phase 4, Aligned investments". */
export function monthValueText(result: SimulationResult, month: number): string {
  const p = phaseAt(result, month);
  return t('playback.valueText', {
    month,
    months: result.horizonMonths,
    phase: p.phase,
    name: p.name,
  });
}
