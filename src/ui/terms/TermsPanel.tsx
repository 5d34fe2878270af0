import { useId, useMemo, useState } from 'react';
import { contractTerms, defaultEndMonth, endReadout } from '../../engine';
import type { PartnerKey, SimulationResult } from '../../engine';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import { endSentence, endStatus, termsSentence } from './terms-text';
import type { Labels } from './terms-text';
import './terms.css';

export interface TermsPanelProps {
  result: SimulationResult;
  labels: Labels;
  currency: string;
  stale?: boolean;
}

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/**
 * The contract's minimum term and notice period for this scenario, and both partners' standing
 * if the partnership ended after a chosen month (the earliest ordinary end is chosen at first).
 */
export function TermsPanel({ result, labels, currency, stale }: TermsPanelProps) {
  const id = useId();
  const t = useT();
  const horizon = result.horizonMonths;
  const terms = useMemo(
    () => contractTerms(result.summary.goLiveMonth, horizon),
    [result.summary.goLiveMonth, horizon],
  );
  const earliest = defaultEndMonth(terms);
  // null: follow the earliest end (it moves with go-live); a number: the user's choice.
  const [chosen, setChosen] = useState<number | null>(null);
  const month = Math.min(horizon, Math.max(1, chosen ?? earliest));
  const readout = useMemo(() => endReadout(result, month), [result, month]);
  const money = (v: string) => formatMoney(v, currency);
  const pick = (text: string) => {
    const m = Number(text);
    if (Number.isInteger(m) && m >= 1 && m <= horizon) setChosen(m);
  };
  return (
    <section
      className={stale ? 'results-block terms is-stale' : 'results-block terms'}
      aria-labelledby={`${id}-title`}
      data-testid="terms-panel"
    >
      <h2 id={`${id}-title`} className="results-block__title">
        {t('terms.title')}
      </h2>
      <p className="terms__text" data-testid="terms-text">
        {termsSentence(terms)} {t('terms.marks')}
      </p>
      <div className="terms__choose">
        <label htmlFor={`${id}-month`}>{t('terms.endAfter')}</label>
        <input
          id={`${id}-month`}
          type="number"
          min={1}
          max={horizon}
          step={1}
          value={month}
          data-testid="terms-month"
          onChange={(e) => pick(e.target.value)}
        />
        <input
          type="range"
          min={1}
          max={horizon}
          step={1}
          value={month}
          aria-label={t('terms.endSlider')}
          onChange={(e) => pick(e.target.value)}
        />
        {month !== earliest && (
          <button type="button" className="terms__reset" onClick={() => setChosen(null)}>
            {t('terms.earliestButton', { month: earliest })}
          </button>
        )}
      </div>
      <p className={readout.ordinary ? 'terms__status' : 'terms__status terms__status--early'}>
        {endStatus(readout, terms)}
      </p>
      <p className="terms__sentence" aria-live="polite" data-testid="terms-readout">
        {endSentence(readout, labels, currency)}
      </p>
      {/* On a phone the four money columns may be wider than the screen: the table scrolls in
          its own labelled box, never the page. */}
      <div
        className="terms__scroll"
        role="region"
        aria-label={t('terms.standingAt', { month })}
        tabIndex={0}
      >
        <table className="terms__table">
          <caption className="visually-hidden">{t('terms.standingAt', { month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('terms.partner')}</th>
              <th scope="col">{t('terms.received')}</th>
              <th scope="col">{t('terms.paid')}</th>
              <th scope="col">{t('terms.position')}</th>
            </tr>
          </thead>
          <tbody>
            {KEYS.map((k) => (
              <tr key={k}>
                <th scope="row">{labels[k]}</th>
                <td>{money(readout.partners[k].shares)}</td>
                <td>{money(readout.partners[k].costs)}</td>
                <td data-testid={`terms-position-${k}`}>{money(readout.partners[k].position)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
