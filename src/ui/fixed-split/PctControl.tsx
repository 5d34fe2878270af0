import { useId, useState } from 'react';
import { formatPercentText } from '../format/percent';
import { useT } from '../i18n';
import { parsePctInput, pctFromSlider } from './pct-text';

export interface PctControlProps {
  /** The ISV's percentage in use ("61.3"). */
  value: string;
  /** The default: the ISV's share of all costs. */
  defaultPct: string;
  isDefault: boolean;
  isvLabel: string;
  mspLabel: string;
  onChange: (pct: string | null) => void;
}

/** The fixed split's ISV percentage: a number field and a slider (steps of 0.1 %), and a way back to the default. */
export function PctControl(props: PctControlProps) {
  const { value, defaultPct, isDefault, isvLabel, mspLabel, onChange } = props;
  const id = useId();
  const t = useT();
  // What the user is typing, until it is a valid percentage (then it is applied) or the field is left.
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parsePctInput(draft) === null;
  return (
    <div className="pct-control">
      <label htmlFor={`${id}-number`} className="pct-control__label">
        {t('fixedSplit.pctLabel', { isv: isvLabel })}
      </label>
      <div className="pct-control__inputs">
        <input
          id={`${id}-number`}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.1}
          value={draft ?? value}
          aria-invalid={invalid}
          aria-describedby={`${id}-help`}
          data-testid="split-pct-number"
          onChange={(e) => {
            setDraft(e.target.value);
            const pct = parsePctInput(e.target.value);
            if (pct !== null) onChange(pct);
          }}
          onBlur={() => setDraft(null)}
        />
        <span aria-hidden="true">%</span>
        <input
          type="range"
          min={0}
          max={100}
          step={0.1}
          // A number, so React writes "75" as the browser keeps it; the text "75.0" would differ
          // from the DOM's value and make React report a spurious change back to 75.
          value={Number(value)}
          aria-label={t('fixedSplit.pctSlider', { isv: isvLabel })}
          aria-valuetext={t('fixedSplit.pctValue', {
            pct: formatPercentText(value),
            isv: isvLabel,
          })}
          data-testid="split-pct-slider"
          onChange={(e) => {
            setDraft(null);
            onChange(pctFromSlider(e.target.value));
          }}
        />
      </div>
      <p id={`${id}-help`} className="pct-control__help">
        {invalid ? (
          <span className="pct-control__error">{t('fixedSplit.pctError')}</span>
        ) : (
          <>
            {t('fixedSplit.rest', { msp: mspLabel })}{' '}
            {isDefault
              ? t('fixedSplit.isCostShare', { isv: isvLabel })
              : t('fixedSplit.wouldBeCostShare', {
                  isv: isvLabel,
                  pct: formatPercentText(defaultPct),
                })}
          </>
        )}
        {!isDefault && (
          <button type="button" className="pct-control__reset" onClick={() => onChange(null)}>
            {t('fixedSplit.useCostShare', { pct: formatPercentText(defaultPct) })}
          </button>
        )}
      </p>
    </div>
  );
}
