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
import { formatMoney } from '../../format/money';
import { formatPercentText } from '../../format/percent';
import { useT } from '../../i18n';
import { metricTitle } from './effect-text';
import { TornadoChart } from './TornadoChart';
import './sensitivity.css';

/** Wait this long after the last change before recomputing (typing "25" is one run, not two). */
const DEBOUNCE_MS = 250;

/** Today's value of the chosen metric, and how the inputs are moved. */
function BaseLine({
  result,
  metric,
  currency,
  labels,
}: {
  result: SensitivityResult;
  metric: SensitivityMetric;
  currency: string;
  labels: { msp: string; isv: string };
}) {
  const t = useT();
  const month = result.base.partnershipBreakEvenMonth;
  let today: string;
  if (metric === 'partnershipBreakEven') {
    today = month === null ? t('sensitivity.baseNever') : t('sensitivity.baseBreakEven', { month });
  } else {
    const p = metric === 'finalPosition.msp' ? 'msp' : 'isv';
    today = t('sensitivity.basePosition', {
      who: labels[p],
      amount: formatMoney(result.base.finalPosition[p], currency),
    });
  }
  return (
    <p className="analysis-note">
      {today} {t('sensitivity.baseMethod', { pct: formatPercentText(result.pct) })}
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
  const t = useT();

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
          {t('sensitivity.pctLabel')}
          <input
            id={`${id}-pct`}
            className="analysis-input analysis-input--short"
            inputMode="decimal"
            value={pctText}
            aria-invalid={pct === null}
            aria-describedby={pct === null ? `${id}-pct-error` : undefined}
            onChange={(e) => setPctText(e.target.value)}
          />
        </label>
        <label htmlFor={`${id}-metric`}>
          {t('sensitivity.metricLabel')}
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
          {t('sensitivity.pctError')}
        </p>
      )}
      <AnalysisProgress
        running={state.running}
        progress={state.progress}
        label={t('sensitivity.progress')}
        onCancel={cancel}
      />
      {state.error && (
        <p className="analysis-error" role="alert">
          {t('sensitivity.failed', { message: state.error.message })}
        </p>
      )}
      {state.cancelled && stale && (
        <p className="analysis-note" role="status">
          {t('sensitivity.cancelled')}
        </p>
      )}
      {shown ? (
        <TornadoChart
          rows={ranked}
          metric={metric}
          pct={shown.result.pct}
          baseMonth={shown.result.base.partnershipBreakEvenMonth}
          currency={shown.scenario.currency}
          labels={labels}
          stale={stale}
          lead={
            <BaseLine
              result={shown.result}
              metric={metric}
              currency={shown.scenario.currency}
              labels={labels}
            />
          }
        />
      ) : (
        <p className="analysis-note">{t('sensitivity.computing')}</p>
      )}
    </div>
  );
}
