import { useMemo } from 'react';
import type { SimulationResult } from '../../engine/index';
import { useT } from '../i18n';
import { PHASE_LIST, phaseInfo } from '../theme/phases';

/**
 * What the chart's coloured bands are: each phase of the scenario with its number and name on
 * its own colour (the number too, so colour is never the only cue).
 */
export function PhaseLegend({ result }: { result: SimulationResult }) {
  const t = useT();
  const phases = useMemo(() => {
    const seen = new Set(result.phase);
    return PHASE_LIST.filter((p) => seen.has(p.phase));
  }, [result.phase]);
  return (
    <div className="present-legend" data-testid="present-phase-legend">
      <span className="present-legend__title" id="present-legend-title">
        {t('present.bandLegend')}
      </span>
      <ul aria-labelledby="present-legend-title">
        {phases.map((p) => (
          // The chart draws its bands at half strength over white: the swatch matches them.
          <li
            key={p.phase}
            style={{ background: `color-mix(in srgb, ${p.fill} 50%, #fff)`, borderColor: p.edge }}
          >
            <b>{p.phase}</b> {phaseInfo(p.phase, t).name}
          </li>
        ))}
      </ul>
    </div>
  );
}
