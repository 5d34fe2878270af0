import { goLiveConvention } from '../format/month';
import { Fragment, useMemo } from 'react';
import type { SimulationResult } from '../../engine/index';
import { PARTNER_STYLE } from '../timeline/phases';
import { kpiCards } from './kpi-model';
import type { KpiCardModel, PartnerLabels } from './kpi-model';
import './kpi.css';

export interface KpiCardsProps {
  result: SimulationResult;
  currency: string;
  labels: PartnerLabels;
  /** A newer run is pending: the figures shown belong to the previous inputs. */
  stale?: boolean;
}

/**
 * The large figure. An amount's currency code goes on a small line of its own, so the digits get
 * the card's full width and amounts up to billions never break inside a number.
 */
function KpiValue({ text }: { text: string }) {
  const money = /^([A-Z]{3})[\s\u00a0]?(.+)$/.exec(text);
  if (!money) return <div className="kpi-card__value">{text}</div>;
  // Very large amounts may still need two lines: let them break after a group separator.
  const groups = (money[2] ?? '').split(/(?<=[^0-9.,-])/);
  return (
    <div className="kpi-card__value">
      <span className="kpi-card__currency">{money[1]}</span>{' '}
      {groups.map((g, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {g}
        </Fragment>
      ))}
    </div>
  );
}

function KpiCard({ card }: { card: KpiCardModel }) {
  const accent = card.partner ? PARTNER_STYLE[card.partner].color : PARTNER_STYLE.partnership.color;
  return (
    <div
      className={`kpi-card kpi-card--${card.kind}`}
      data-testid={card.testId}
      data-value={card.dataValue}
      style={{ borderTopColor: accent }}
    >
      <div className="kpi-card__head">
        <span className="kpi-card__title">{card.title}</span>{' '}
        <span className="kpi-card__who">{card.who}</span>
      </div>
      <KpiValue text={card.value} />
      <div className="kpi-card__subtitle">{card.subtitle}</div>
    </div>
  );
}

/** The headline figures: one card per question and partner. */
export function KpiCards({ result, currency, labels, stale }: KpiCardsProps) {
  const cards = useMemo(() => kpiCards(result, currency, labels), [result, currency, labels]);
  return (
    <section
      className={stale ? 'kpi-section is-stale' : 'kpi-section'}
      aria-label="Key figures"
      aria-busy={stale ? true : undefined}
    >
      <div className="kpi-cards">
        {cards.map((c) => (
          <KpiCard key={c.testId} card={c} />
        ))}
      </div>
      <p className="kpi-section__note" data-testid="kpi-note">
        {goLiveConvention(result.summary.goLiveMonth)} Within each month after payback both partners
        earn the same margin; summed over the years the margins differ slightly, because the mix of
        costs changes.
      </p>
    </section>
  );
}
