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
  const dates = [
    {
      month: terms.minimumTermEndMonth,
      shown: terms.minimumTermEndInHorizon,
      label: 'terms.markerMinimum',
      short: 'terms.markerMinimumShort',
      style: TERM_STYLE.minimumTerm,
    },
    {
      month: terms.earliestEndMonth,
      shown: terms.earliestEndInHorizon,
      label: 'terms.markerEarliest',
      short: 'terms.markerEarliestShort',
      style: TERM_STYLE.earliestEnd,
    },
  ] as const;
  return dates
    .filter((d) => d.shown)
    .map(({ month, label, short, style }) => ({
      month,
      label: t(label, { month }),
      short: t(short, { month }),
      ...style,
    }));
}
