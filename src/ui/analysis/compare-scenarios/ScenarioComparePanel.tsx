import { useEffect, useId, useMemo, useState } from 'react';
import { MAX_PINS, selectPins, selectScenario, useAppState } from '../../../state';
import { PRESETS } from '../../../state/presets';
import { browserStorage, listSaved } from '../../../url/saved-scenarios';
import type { SavedEntry } from '../../../url/saved-scenarios';
import { AnalysisProgress } from '../AnalysisProgress';
import { partnerLabels } from '../field-labels';
import { useAnalysisJob } from '../use-analysis-job';
import { ScenarioCompareChart, PIN_COLORS } from './ScenarioCompareChart';
import { InputsTable, KpiTable } from './CompareTables';
import { ItemsTable } from './CompareItems';
import { differingItems } from './compare-items';
import { differingInputs, kpiRows } from './compare-model';
import { asScenarioV2 } from '../../hooks/use-scenario-v2';
import { appLocale } from '../../format/locale';
import { useT } from '../../i18n';
import './compare-scenarios.css';

function readSaved(): SavedEntry[] {
  const storage = browserStorage();
  return storage ? listSaved(storage).entries : [];
}

function timeNow(): string {
  return new Date().toLocaleTimeString(appLocale(), { hour: '2-digit', minute: '2-digit' });
}

/**
 * Side by side: up to three pinned scenarios (the current one as a snapshot, saved ones, presets),
 * simulated together in the analysis worker; their timelines overlaid, the key figures with
 * differences from the first, and the inputs that differ.
 */
export function ScenarioComparePanel() {
  const scenario = useAppState(selectScenario);
  const pins = useAppState(selectPins);
  const add = useAppState((s) => s.addPin);
  const remove = useAppState((s) => s.removePin);
  const [saved, setSaved] = useState<SavedEntry[]>(readSaved);
  const [message, setMessage] = useState<string | null>(null);
  const state = useAnalysisJob('compare');
  const { start, cancel } = state;
  const id = useId();
  const t = useT();
  const full = pins.length >= MAX_PINS;

  useEffect(() => {
    if (pins.length > 0) start({ kind: 'compare', scenarios: pins.map((p) => p.scenario) });
  }, [pins, start]);

  const pin = (title: string, source: 'current' | 'saved' | 'preset', s: typeof scenario) => {
    if (add(title, source, s)) setMessage(null);
    else if (full) setMessage(t('compareScenarios.full', { max: MAX_PINS }));
    else setMessage(t('compareScenarios.duplicate'));
  };

  const runs =
    state.output?.kind === 'compare' &&
    state.forInput?.kind === 'compare' &&
    state.forInput.scenarios.length === pins.length &&
    state.forInput.scenarios.every((s, i) => s === pins[i]?.scenario)
      ? state.output.runs
      : null;
  const labels = partnerLabels(pins[0]?.scenario ?? scenario);
  const chartLines = useMemo(
    () =>
      runs
        ? pins.map((p, i) => ({ title: p.title, labels: partnerLabels(p.scenario), run: runs[i]! }))
        : [],
    [pins, runs],
  );
  const differences = useMemo(() => differingInputs(pins.map((p) => p.scenario)), [pins]);
  const itemised = useMemo(() => pins.map((p) => asScenarioV2(p.scenario)), [pins]);
  const itemDifferences = useMemo(() => differingItems(itemised), [itemised]);
  const rows = useMemo(
    () =>
      runs
        ? kpiRows(
            runs.map((r) => r.summary),
            labels,
          )
        : [],
    [runs, labels],
  );

  return (
    <div className="compare">
      <div className="analysis-controls">
        <button
          type="button"
          className="analysis-button analysis-button--primary"
          disabled={full}
          onClick={() =>
            pin(
              scenario.name
                ? t('compareScenarios.currentTitle', { name: scenario.name, time: timeNow() })
                : t('compareScenarios.currentUnnamed', { time: timeNow() }),
              'current',
              scenario,
            )
          }
        >
          {t('compareScenarios.pinCurrent')}
        </button>
        <label htmlFor={`${id}-saved`}>
          {t('compareScenarios.addSaved')}
          <select
            id={`${id}-saved`}
            className="analysis-input"
            value=""
            disabled={full}
            onFocus={() => setSaved(readSaved())}
            onChange={(e) => {
              const entry = saved.find((x) => x.id === e.target.value);
              if (entry) pin(entry.name, 'saved', entry.scenario);
            }}
          >
            <option value="">
              {saved.length === 0 ? t('compareScenarios.noSaved') : t('compareScenarios.choose')}
            </option>
            {saved.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-preset`}>
          {t('compareScenarios.addPreset')}
          <select
            id={`${id}-preset`}
            className="analysis-input"
            value=""
            disabled={full}
            onChange={(e) => {
              const preset = PRESETS.find((p) => p.id === e.target.value);
              if (preset) {
                pin(
                  t('compareScenarios.presetTitle', { title: preset.title }),
                  'preset',
                  preset.scenario,
                );
              }
            }}
          >
            <option value="">{t('compareScenarios.choose')}</option>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {message && (
        <p className="analysis-note" role="status">
          {message}
        </p>
      )}
      {pins.length === 0 ? (
        <p className="analysis-note">{t('compareScenarios.empty')}</p>
      ) : (
        <ul className="compare-pins" aria-label={t('compareScenarios.pinned')}>
          {pins.map((p, i) => (
            <li key={p.key} style={{ borderColor: PIN_COLORS[i] }}>
              <span>{p.title}</span>
              <button
                type="button"
                className="analysis-button"
                onClick={() => remove(p.key)}
                aria-label={t('compareScenarios.unpinName', { title: p.title })}
              >
                {t('compareScenarios.unpin')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AnalysisProgress
        running={state.running}
        progress={state.progress}
        label={t('compareScenarios.progress')}
        onCancel={cancel}
      />
      {state.error && (
        <p className="analysis-error" role="alert">
          {t('compareScenarios.failed', { message: state.error.message })}
        </p>
      )}
      {runs && pins.length > 0 && (
        <>
          <ScenarioCompareChart lines={chartLines} />
          <KpiTable pins={pins} rows={rows} />
          {/* "The same inputs" is said only when the cost items are the same too. */}
          {pins.length > 1 && (differences.length > 0 || itemDifferences.length === 0) && (
            <InputsTable pins={pins} differences={differences} labels={labels} />
          )}
          {pins.length > 1 && itemDifferences.length > 0 && (
            <ItemsTable
              pins={pins}
              scenarios={itemised}
              differences={itemDifferences}
              labels={labels}
            />
          )}
        </>
      )}
    </div>
  );
}
