import type { ContractTerms } from '../../engine';
import type { MonthMarker } from '../charts/chart-layers';
import { t } from '../i18n';

/** Marker colours: dark neutral tones, distinct from the partners' lines and the phase bands. */
export const TERM_STYLE = {
  minimumTerm: { color: '#4a4a4a', dash: '6 3' },
  earliestEnd: { color: '#7a3e00', dash: '1 3' },
} as const;

/**
 * The contract's dates as chart markers: the end of the minimum term and the earliest end of the
 * partnership, each only when it lies within the simulated months.
 */
export function termMarkers(terms: ContractTerms): MonthMarker[] {
  const out: MonthMarker[] = [];
  if (terms.minimumTermEndInHorizon) {
    out.push({
      month: terms.minimumTermEndMonth,
      label: t('terms.markerMinimum', { month: terms.minimumTermEndMonth }),
      short: t('terms.markerMinimumShort', { month: terms.minimumTermEndMonth }),
      ...TERM_STYLE.minimumTerm,
    });
  }
  if (terms.earliestEndInHorizon) {
    out.push({
      month: terms.earliestEndMonth,
      label: t('terms.markerEarliest', { month: terms.earliestEndMonth }),
      short: t('terms.markerEarliestShort', { month: terms.earliestEndMonth }),
      ...TERM_STYLE.earliestEnd,
    });
  }
  return out;
}
