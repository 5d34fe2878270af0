import { selectScenario, useAppState, useAppStoreApi } from '../../state';
import { PRESETS, presetMatching } from '../../state/presets';
import type { PresetId } from '../../state/presets';
import { useT, type MessageKey } from '../i18n';
import { asHistoryStep } from './history-step';

/** Each preset's name and one-sentence explanation in the catalogue. */
const PRESET_WORDS: Record<PresetId, { title: MessageKey; explanation: MessageKey }> = {
  'isv-invests-more': {
    title: 'preset.isvInvestsMore',
    explanation: 'preset.isvInvestsMore.explanation',
  },
  'msp-invests-more': {
    title: 'preset.mspInvestsMore',
    explanation: 'preset.mspInvestsMore.explanation',
  },
  'equal-investments': {
    title: 'preset.equalInvestments',
    explanation: 'preset.equalInvestments.explanation',
  },
  'slow-start': { title: 'preset.slowStart', explanation: 'preset.slowStart.explanation' },
  'fast-growth-market-cap': {
    title: 'preset.fastGrowth',
    explanation: 'preset.fastGrowth.explanation',
  },
};

/** One click to a demo scenario, each with its one-sentence explanation; Reset returns to the defaults. */
export function PresetsBar() {
  const t = useT();
  const store = useAppStoreApi();
  const scenario = useAppState(selectScenario);
  const active = presetMatching(scenario);
  const dismiss = useAppState((s) => s.dismissNotice);

  return (
    <section className="sharing-presets" aria-labelledby="presets-title">
      <h2 id="presets-title" className="sharing-presets__title">
        {t('preset.heading')}
      </h2>
      <ul className="sharing-presets__list">
        {PRESETS.map((preset) => (
          <li key={preset.id}>
            <button
              className="button button--quiet"
              type="button"
              aria-pressed={active?.id === preset.id}
              aria-describedby={`preset-${preset.id}`}
              onClick={() =>
                asHistoryStep(() => store.getState().setScenario(structuredClone(preset.scenario)))
              }
            >
              {t(PRESET_WORDS[preset.id].title)}
            </button>
            <p id={`preset-${preset.id}`} className="sharing-presets__explanation">
              {t(PRESET_WORDS[preset.id].explanation)}
            </p>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--quiet sharing-presets__reset"
        onClick={() => {
          asHistoryStep(() => store.getState().resetScenario());
          dismiss();
        }}
      >
        {t('preset.reset')}
      </button>
    </section>
  );
}
