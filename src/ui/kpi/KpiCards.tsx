import { useMemo } from 'react';
import type { SimulationResult } from '../../engine/index';
import { useLanguage, useT } from '../i18n';
import { PARTNER_STYLE } from '../theme/phases';
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
  // The amount stays on one line (the type shrinks with the card instead, see kpi.css).
  return (
    <div className="kpi-card__value">
      <span className="kpi-card__currency">{money[1]}</span>{' '}
      <span className="kpi-card__amount">{money[2]}</span>
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
  const t = useT();
  // The cards' words and formats follow the language, so a switch builds them anew.
  const language = useLanguage();
  const cards = useMemo(
    () => kpiCards(result, currency, labels),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language: see above
    [result, currency, labels, language],
  );
  const goLive = result.summary.goLiveMonth;
  return (
    <section
      className={stale ? 'kpi-section is-stale' : 'kpi-section'}
      aria-label={t('kpi.section')}
      aria-busy={stale ? true : undefined}
    >
      <div className="kpi-cards">
        {cards.map((c) => (
          <KpiCard key={c.testId} card={c} />
        ))}
      </div>
      <p className="kpi-section__note" data-testid="kpi-note">
        {goLive === 1 ? t('kpi.conventionLive1') : t('kpi.convention', { goLive })}{' '}
        {t('kpi.sameMargin')}
      </p>
    </section>
  );
}
