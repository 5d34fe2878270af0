import { useId, useMemo, useState } from 'react';
import { contractTerms, defaultEndMonth, endReadout } from '../../engine';
import type { SimulationResult } from '../../engine';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import { PartnerTable } from './PartnerTable';
import { endMonthRange, endSentence, endStatus, parseEndMonth, termsSentence } from './terms-text';
import type { Labels } from './terms-text';
import './terms.css';

export interface TermsPanelProps {
  result: SimulationResult;
  labels: Labels;
  currency: string;
  stale?: boolean;
}

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
  // What is typed, until it is left: a month in range applies at once, anything else says the
  // range at the field (and the read-out keeps the last month that was one).
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseEndMonth(draft, horizon) === null;
  const month = Math.min(horizon, Math.max(1, chosen ?? earliest));
  const readout = useMemo(() => endReadout(result, month), [result, month]);
  const money = (v: string) => formatMoney(v, currency);
  const type = (text: string) => {
    setDraft(text);
    const m = parseEndMonth(text, horizon);
    if (m !== null) setChosen(m);
  };
  const slide = (text: string) => {
    setDraft(null);
    setChosen(Number(text));
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
          className="field__input"
          type="number"
          inputMode="numeric"
          min={1}
          max={horizon}
          step={1}
          value={draft ?? month}
          aria-invalid={invalid}
          aria-describedby={`${id}-range`}
          data-testid="terms-month"
          onChange={(e) => type(e.target.value)}
          onBlur={() => setDraft(null)}
        />
        <input
          type="range"
          min={1}
          max={horizon}
          step={1}
          value={month}
          aria-label={t('terms.endSlider')}
          onChange={(e) => slide(e.target.value)}
        />
        {month !== earliest && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setDraft(null);
              setChosen(null);
            }}
          >
            {t('terms.earliestButton', { month: earliest })}
          </button>
        )}
        <p
          id={`${id}-range`}
          className={invalid ? 'terms__range field__error' : 'terms__range'}
          data-testid="terms-month-range"
          role={invalid ? 'alert' : undefined}
        >
          {endMonthRange(horizon)}
        </p>
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
        <PartnerTable
          className="terms__table"
          caption={t('terms.standingAt', { month })}
          columns={[t('terms.partner'), t('terms.received'), t('terms.paid'), t('terms.position')]}
          labels={labels}
          cells={(k) => {
            const p = readout.partners[k];
            return [money(p.shares), money(p.costs), money(p.position)];
          }}
          lastCellTestId={(k) => `terms-position-${k}`}
        />
      </div>
    </section>
  );
}
