import { useEffect, useId, useMemo, useState } from 'react';
import {
  DEFAULT_SENSITIVITY_PCT,
  SENSITIVITY_METRICS,
  parseSensitivityPct,
  rankSensitivity,
} from '../../../engine';
import type { SensitivityMetric, SensitivityResult } from '../../../engine';
import { selectScenario, useAppState } from '../../../state';
import { AnalysisProgress } from '../AnalysisProgress';
import { partnerLabels } from '../field-labels';
import { useAnalysisJob } from '../use-analysis-job';
import { metricTitle } from './effect-text';
import { TornadoChart } from './TornadoChart';
import './sensitivity.css';

/** Wait this long after the last change before recomputing (typing "25" is one run, not two). */
const DEBOUNCE_MS = 250;

function BaseLine({ result, currency }: { result: SensitivityResult; currency: string }) {
  const month = result.base.partnershipBreakEvenMonth;
  return (
    <p className="analysis-note">
      Today the partnership breaks even{' '}
      {month === null ? 'never within the horizon' : `in month ${month}`}. Each input is moved down
      and up by {result.pct} % (rounded to its precision, kept within its allowed range); amounts in{' '}
      {currency}.
    </p>
  );
}

/**
 * Sensitivity: which input matters most? Recomputed in the analysis worker whenever the scenario
 * or the percentage changes; a newer input cancels the run in progress.
 */
export function SensitivityPanel() {
  const scenario = useAppState(selectScenario);
  const [pctText, setPctText] = useState(DEFAULT_SENSITIVITY_PCT);
  const [metric, setMetric] = useState<SensitivityMetric>('partnershipBreakEven');
  const state = useAnalysisJob('sensitivity');
  const { start, cancel } = state;
  const pct = parseSensitivityPct(pctText);
  const id = useId();

  useEffect(() => {
    if (pct === null) return;
    const timer = setTimeout(() => start({ kind: 'sensitivity', scenario, pct }), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [scenario, pct, start]);

  // The last result stays on screen, marked stale, while a newer one computes.
  const shown = useMemo(
    () =>
      state.output?.kind === 'sensitivity' && state.forInput?.kind === 'sensitivity'
        ? { result: state.output.result, scenario: state.forInput.scenario }
        : null,
    [state.output, state.forInput],
  );

  const labels = partnerLabels(shown?.scenario ?? scenario);
  const ranked = useMemo(
    () => (shown ? rankSensitivity(shown.result, metric) : []),
    [shown, metric],
  );
  const stale = shown !== null && (shown.scenario !== scenario || shown.result.pct !== pct);

  return (
    <div className="sensitivity">
      <div className="analysis-controls">
        <label htmlFor={`${id}-pct`}>
          Move each input by ±
          <input
            id={`${id}-pct`}
            className="analysis-input analysis-input--short"
            inputMode="decimal"
            value={pctText}
            aria-invalid={pct === null}
            aria-describedby={pct === null ? `${id}-pct-error` : undefined}
            onChange={(e) => setPctText(e.target.value)}
          />
          %
        </label>
        <label htmlFor={`${id}-metric`}>
          Show the change in
          <select
            id={`${id}-metric`}
            className="analysis-input"
            value={metric}
            onChange={(e) => setMetric(e.target.value as SensitivityMetric)}
          >
            {SENSITIVITY_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricTitle(m, labels)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pct === null && (
        <p id={`${id}-pct-error`} className="analysis-error" role="alert">
          Enter a percentage above 0 and at most 100, with at most two decimals.
        </p>
      )}
      <AnalysisProgress
        running={state.running}
        progress={state.progress}
        label="Recomputing the sensitivity"
        onCancel={cancel}
      />
      {state.error && (
        <p className="analysis-error" role="alert">
          The sensitivity analysis failed: {state.error.message}
        </p>
      )}
      {state.cancelled && stale && (
        <p className="analysis-note" role="status">
          Cancelled: the chart below is for an earlier input.
        </p>
      )}
      {shown ? (
        <>
          <BaseLine result={shown.result} currency={shown.scenario.currency} />
          <TornadoChart
            rows={ranked}
            metric={metric}
            pct={shown.result.pct}
            baseMonth={shown.result.base.partnershipBreakEvenMonth}
            currency={shown.scenario.currency}
            labels={labels}
            stale={stale}
          />
        </>
      ) : (
        <p className="analysis-note">Computing the sensitivity…</p>
      )}
    </div>
  );
}
