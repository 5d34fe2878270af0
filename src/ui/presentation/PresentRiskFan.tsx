import { useId } from 'react';
import { selectLastRisk, useAppState } from '../../state';
import { useT } from '../i18n';

export interface PresentRiskFanProps {
  /** The risk runs answering the figures shown (null: none, or for other inputs). */
  runs: number | null;
  months: number;
  on: boolean;
  onChange: (on: boolean) => void;
  /** Where each partner ends over the runs, one line each, while the fan is shown. */
  ends: readonly string[];
}

/**
 * The switch that lays the Risk view's fan over the projector's timeline. The presentation never
 * runs an analysis itself: without figures for these very inputs the switch is off and says where
 * they are made.
 */
export function PresentRiskFan({ runs, months, on, onChange, ends }: PresentRiskFanProps) {
  const t = useT();
  const id = useId();
  const anyRisk = useAppState(selectLastRisk) !== null;
  const available = runs !== null;
  return (
    <div className="present-risk" data-testid="present-risk-fan">
      <label className="present-risk__toggle">
        <input
          type="checkbox"
          checked={available && on}
          disabled={!available}
          aria-describedby={`${id}-note`}
          onChange={(e) => onChange(e.target.checked)}
        />
        {t('present.riskFan')}
      </label>
      <div id={`${id}-note`} className="present-risk__note" data-testid="present-risk-note">
        {!available && (anyRisk ? t('present.riskFanOther') : t('present.riskFanNone'))}
        {available && on && (
          <>
            {t('present.riskFanRuns', { runs, months })}
            {ends.map((line) => (
              <span key={line} className="present-risk__end">
                {' '}
                {line}
              </span>
            ))}
          </>
        )}
      </div>
    </div>
  );
}
