import { moneyAt } from '../../engine/index';
import type { PartnerKey, SimulationResult } from '../../engine/index';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import type { PartnerLabels } from '../kpi/kpi-model';
import { shownMonth } from '../playback/playback-state';
import { phaseAt } from '../playback/playback-text';
import type { Player } from '../playback/player';
import { usePlaybackState } from '../playback/use-player';
import { PARTNER_STYLE } from '../theme/phases';

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/**
 * The playhead's month in words, beside the chart: its phase and the rule that applies then,
 * and where each partner stands at the end of it (the same figures as the monthly table's).
 */
export function PresentNow(props: {
  result: SimulationResult;
  currency: string;
  labels: PartnerLabels;
  player: Player;
}) {
  const { result, currency, labels, player } = props;
  const t = useT();
  const month = shownMonth(usePlaybackState(player));
  const phase = phaseAt(result, month);
  return (
    <section
      className="present-now"
      aria-labelledby="present-now-title"
      data-testid="present-now"
      data-month={month}
    >
      <h3 id="present-now-title" className="present-now__title">
        <span
          className="present-now__phase"
          data-testid="present-now-phase"
          data-phase={phase.phase}
          style={{ background: phase.fill, borderColor: phase.edge }}
        >
          {t('present.now', {
            month,
            phase: t('phase.title', { phase: phase.phase, name: phase.name }),
          })}
        </span>
      </h3>
      <p className="present-now__rule">{phase.rule}</p>
      <p className="present-now__question">{t('present.positions', { month })}</p>
      <dl className="present-now__positions">
        {KEYS.map((p) => {
          const position = moneyAt(result[p].position, month - 1);
          return (
            <div key={p} style={{ borderLeftColor: PARTNER_STYLE[p].color }}>
              <dt>{labels[p]}</dt>
              <dd data-testid={`present-position-${p}`} data-value={position}>
                {formatMoney(position, currency)}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
