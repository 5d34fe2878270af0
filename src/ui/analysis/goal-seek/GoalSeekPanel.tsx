import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { GoalSeekField, GoalSeekResult, Scenario } from '../../../engine';
import { selectScenario, useAppState, useAppStoreApi } from '../../../state';
import { AnalysisProgress } from '../AnalysisProgress';
import { inputLabel, partnerLabels } from '../field-labels';
import { useAnalysisJob } from '../use-analysis-job';
import { useT } from '../../i18n';
import {
  FIELD_ORDER,
  answerSentence,
  checkSentence,
  currentSentence,
  goalValue,
} from './goal-seek-text';
import './goal-seek.css';

function defaultTarget(s: Scenario): number {
  return Math.min(s.horizonMonths, Math.max(s.investmentMonths + 1, 24));
}

function Answer({
  result,
  scenario,
  current,
  appliedNow,
  onApply,
}: {
  result: GoalSeekResult;
  scenario: Scenario;
  current: Scenario;
  appliedNow: boolean;
  onApply: () => void;
}) {
  const t = useT();
  const labels = partnerLabels(scenario);
  const check = checkSentence(result, scenario.currency);
  const outdated = scenario !== current && !appliedNow;
  const applied = appliedNow && result.kind === 'reached';
  return (
    <div
      className={`goal-seek__answer goal-seek__answer--${result.kind}`}
      data-testid="goal-seek-answer"
    >
      <p className="goal-seek__sentence">
        <strong>{answerSentence(result, labels, scenario)}</strong>
      </p>
      {/* Once applied, "Now" would be the value before: the Applied line says what is now. */}
      {result.kind !== 'invalid-target' && !applied && (
        <p className="analysis-note">{currentSentence(result, scenario.currency)}</p>
      )}
      {check && <p className="analysis-note">{check}</p>}
      {applied && (
        <p className="analysis-note" role="status">
          {t('goalSeek.applied', {
            input: inputLabel(result.field, labels),
            value: goalValue(result, result.value, scenario.currency),
            month: result.month,
          })}
        </p>
      )}
      {outdated && (
        <p className="analysis-note" role="status">
          {t('goalSeek.changed')}
        </p>
      )}
      {!outdated &&
        !appliedNow &&
        result.kind === 'reached' &&
        result.value !== result.current.value && (
          <button
            type="button"
            className="analysis-button analysis-button--primary"
            onClick={onApply}
          >
            {t('goalSeek.apply', { value: goalValue(result, result.value, scenario.currency) })}
          </button>
        )}
    </div>
  );
}

/**
 * Goal seek: which value of one input makes the partnership break even by month N? Solved in the
 * analysis worker; the answer can be applied to the scenario through the store, like a form edit.
 */
export function GoalSeekPanel() {
  const scenario = useAppState(selectScenario);
  const store = useAppStoreApi();
  const [field, setField] = useState<GoalSeekField>('price.perInstance');
  const [targetText, setTargetText] = useState(() => String(defaultTarget(scenario)));
  /** The scenario an answer was applied to, to say so instead of "the scenario has changed". */
  const [applied, setApplied] = useState<Scenario | null>(null);
  const state = useAnalysisJob('goal-seek');
  const { start, cancel } = state;
  const id = useId();
  const t = useT();
  const labels = partnerLabels(scenario);
  const target = /^[0-9]{1,4}$/.test(targetText.trim()) ? Number(targetText.trim()) : null;
  const running = state.running;

  // A new input makes a running goal seek pointless (its answer would be for the old scenario).
  const [runFor, setRunFor] = useState<Scenario | null>(null);
  useEffect(() => {
    if (running && runFor !== null && runFor !== scenario) cancel();
  }, [running, runFor, scenario, cancel]);
  const changedWhileRunning = runFor !== null && runFor !== scenario;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (target === null) return;
    setApplied(null);
    setRunFor(scenario);
    start({ kind: 'goal-seek', scenario, request: { field, targetMonth: target } });
  };

  const done =
    state.output?.kind === 'goal-seek' && state.forInput?.kind === 'goal-seek'
      ? { result: state.output.result, scenario: state.forInput.scenario }
      : null;

  const apply = () => {
    if (done?.result.kind !== 'reached') return;
    const outcome = store.getState().updateScenario(done.result.field, done.result.value);
    if (outcome.ok) setApplied(store.getState().scenario);
  };
  const appliedNow = applied !== null && applied === scenario;

  return (
    <div className="goal-seek">
      <form className="analysis-controls" onSubmit={submit}>
        <label htmlFor={`${id}-field`}>
          {t('goalSeek.which')}
          <select
            id={`${id}-field`}
            className="analysis-input"
            value={field}
            onChange={(e) => setField(e.target.value as GoalSeekField)}
          >
            {FIELD_ORDER.map((f) => (
              <option key={f} value={f}>
                {inputLabel(f, labels)}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-target`}>
          {t('goalSeek.byMonth')}
          <input
            id={`${id}-target`}
            className="analysis-input analysis-input--short"
            inputMode="numeric"
            value={targetText}
            aria-invalid={target === null}
            onChange={(e) => setTargetText(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="analysis-button analysis-button--primary"
          disabled={target === null || running}
        >
          {t('goalSeek.find')}
        </button>
      </form>
      {target === null && (
        <p className="analysis-error" role="alert">
          {t('goalSeek.monthError', {
            goLive: scenario.investmentMonths + 1,
            horizon: scenario.horizonMonths,
          })}
        </p>
      )}
      <AnalysisProgress
        running={running}
        progress={state.progress}
        label={t('goalSeek.progress')}
        onCancel={cancel}
      />
      {state.cancelled && (
        <p className="analysis-note" role="status">
          {changedWhileRunning ? t('goalSeek.cancelledChanged') : t('goalSeek.cancelled')}
        </p>
      )}
      {state.error && (
        <p className="analysis-error" role="alert">
          {t('goalSeek.failed', { message: state.error.message })}
        </p>
      )}
      {done && !state.running && !state.cancelled && (
        <Answer
          result={done.result}
          scenario={done.scenario}
          current={scenario}
          appliedNow={appliedNow}
          onApply={apply}
        />
      )}
    </div>
  );
}
