import { useMemo } from 'react';
import type { SimulationResult } from '../../engine/index';
import { PARTNER_STYLE } from '../timeline/phases';
import { kpiGroups } from './kpi-model';
import type { KpiCardModel, PartnerLabels } from './kpi-model';
import './kpi.css';

export interface KpiCardsProps {
  result: SimulationResult;
  currency: string;
  labels: PartnerLabels;
  /** A newer run is pending: the figures shown belong to the previous inputs. */
  stale?: boolean;
}

function KpiCard({ card }: { card: KpiCardModel }) {
  const accent = card.partner ? PARTNER_STYLE[card.partner].color : PARTNER_STYLE.partnership.color;
  return (
    <div
      className="kpi-card"
      data-testid={card.testId}
      data-value={card.dataValue}
      style={{ borderTopColor: accent }}
    >
      <div className="kpi-card__who">{card.who}</div>
      <div className="kpi-card__value">{card.value}</div>
      <div className="kpi-card__subtitle">{card.subtitle}</div>
    </div>
  );
}

/** The headline figures, grouped by question, one card per partner. */
export function KpiCards({ result, currency, labels, stale }: KpiCardsProps) {
  const groups = useMemo(() => kpiGroups(result, currency, labels), [result, currency, labels]);
  return (
    <section
      className={stale ? 'kpi-cards is-stale' : 'kpi-cards'}
      aria-label="Key figures"
      aria-busy={stale ? true : undefined}
    >
      {stale && (
        <p className="kpi-cards__stale" role="status">
          Updating…
        </p>
      )}
      {groups.map((g) => (
        <div key={g.title} className="kpi-group" role="group" aria-label={g.title}>
          <h3 className="kpi-group__title">{g.title}</h3>
          <div className="kpi-group__cards">
            {g.cards.map((c) => (
              <KpiCard key={c.testId} card={c} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
