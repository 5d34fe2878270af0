import { selectScenario, useAppState, useAppStoreApi } from '../../state';
import { PRESETS, presetMatching } from '../../state/presets';

/** One click to a demo scenario, each with its one-sentence explanation; Reset returns to the defaults. */
export function PresetsBar() {
  const store = useAppStoreApi();
  const scenario = useAppState(selectScenario);
  const active = presetMatching(scenario);
  const dismiss = useAppState((s) => s.dismissNotice);

  return (
    <section className="sharing-presets" aria-labelledby="presets-title">
      <h2 id="presets-title" className="sharing-presets__title">
        Presets
      </h2>
      <ul className="sharing-presets__list">
        {PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              className="button button--quiet"
              type="button"
              aria-pressed={active?.id === preset.id}
              aria-describedby={`preset-${preset.id}`}
              onClick={() => store.getState().setScenario(structuredClone(preset.scenario))}
            >
              {preset.title}
            </button>
            <p id={`preset-${preset.id}`} className="sharing-presets__explanation">
              {preset.explanation}
            </p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--quiet sharing-presets__reset"
        onClick={() => {
          store.getState().resetScenario();
          dismiss();
        }}
      >
        Reset to defaults
      </button>
    </section>
  );
}
