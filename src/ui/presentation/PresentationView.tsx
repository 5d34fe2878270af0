import { useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Scenario } from '../../engine/index';
import {
  selectResult,
  selectResultScenario,
  selectRiskOverlayShown,
  selectScenario,
  useAppState,
} from '../../state';
import { GROWTH_SPECS, PARTNER_NUMBER_SPECS, PRICE_SPECS } from '../form/field-specs';
import { PlayablePositionChart } from '../playback/PlayablePositionChart';
import { usePlayer } from '../playback/use-player';
import { ModalDialog } from '../layout/ModalDialog';
import { exitFullscreen } from './fullscreen';
import { PhaseLegend } from './PhaseLegend';
import { PresentKpis } from './PresentKpis';
import { PresentNow } from './PresentNow';
import { PresentRiskFan } from './PresentRiskFan';
import { fanEnds, riskFanLayer } from '../risk/fan-layer';
import { useRiskResultFor } from '../risk/risk-scenario';
import { PresentSlider } from './PresentSlider';
import type { PresentSliderProps } from './PresentSlider';
import { useElementHeight, useFillHeight } from '../hooks/use-element-height';
import { useTextScale } from './use-text-scale';
import { useT } from '../i18n';
import type { Translate } from '../i18n';
import './presentation.css';

const NO_ENDS: readonly string[] = [];

/** The few inputs worth moving in front of an audience. */
function sliders(s: Scenario, t: Translate): PresentSliderProps[] {
  const init = PARTNER_NUMBER_SPECS.initHours;
  return [
    {
      path: 'price.perInstance',
      label: PRICE_SPECS.perInstance.label,
      value: s.price.perInstance,
      unit: PRICE_SPECS.perInstance.unit(s.currency),
      slider: PRICE_SPECS.perInstance.slider,
    },
    {
      path: 'growth.newPerMonth',
      label: GROWTH_SPECS.newPerMonth.label,
      value: s.growth.newPerMonth,
      unit: GROWTH_SPECS.newPerMonth.unit(),
      slider: GROWTH_SPECS.newPerMonth.slider,
    },
    ...(['msp', 'isv'] as const).map((p) => ({
      path: `${p}.initHours` as const,
      label: t('present.sliderLabel', { who: s[p].label, field: init.label }),
      value: s[p].initHours,
      unit: init.unit(s.currency),
      slider: init.slider ?? { min: 0, max: 3000, step: '10' },
    })),
  ];
}

/**
 * The projector view: the revenue-sharing timeline with playback and a legend of its phase bands,
 * beside it the headline figures and the playhead's month in words, all large, with four sliders. A modal <dialog> over the page (the page behind is inert); Escape, the Exit
 * button or leaving the browser's full screen closes it.
 */
export default function PresentationView() {
  const leave = useAppState((s) => s.leavePresentation);
  const result = useAppState(selectResult);
  const resultScenario = useAppState(selectResultScenario);
  const scenario = useAppState(selectScenario);
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [slot, slotHeight] = useElementHeight<HTMLDivElement>(400);
  const [content, chartHeight] = useFillHeight(slotHeight, 120, result !== null);
  const textScale = useTextScale(dialog);
  // One player for the chart and the words beside it, so both show the same month.
  const player = usePlayer(result?.horizonMonths ?? 1);

  useEffect(() => {
    const onFullscreen = () => {
      if (!document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      exitFullscreen();
    };
  }, [leave]);

  const labels = useMemo(
    () => ({ msp: resultScenario?.msp.label ?? '', isv: resultScenario?.isv.label ?? '' }),
    [resultScenario?.msp.label, resultScenario?.isv.label],
  );
  // The risk fan: the Risk view's newest figures, only if they answer the figures shown. It
  // starts as the page's timeline has it (laid over or not).
  const onPage = useAppState(selectRiskOverlayShown);
  const [fanOn, setFanOn] = useState(onPage);
  const risk = useRiskResultFor(resultScenario);
  const horizon = result?.horizonMonths ?? 0;
  const currency = resultScenario?.currency ?? '';
  const fan = useMemo(() => {
    // Worded again after a language switch (t changes with it).
    void t;
    if (!risk || horizon === 0) return null;
    return {
      layer: riskFanLayer(risk.result, horizon, labels, currency),
      ends: fanEnds(risk.result, labels, currency),
    };
  }, [risk, horizon, labels, currency, t]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    // Also when a control inside has used the key for itself (the chart clears its cursor).
    if (e.key === 'Escape') {
      e.preventDefault();
      leave();
    }
  };

  return (
    <ModalDialog
      dialogRef={dialog}
      className="presentation"
      aria-labelledby="presentation-title"
      data-testid="presentation"
      onClose={leave}
      // Start on Play, not on Exit (the dialog's first control): a presenter's first Space plays.
      initialFocus=".playback__play"
      onKeyDown={onKeyDown}
    >
      <header className="presentation__head">
        <h2 id="presentation-title" className="presentation__title">
          {scenario.name || t('present.fallbackTitle')}
        </h2>
        <p className="presentation__subtitle">{t('present.subtitle')}</p>
        <button type="button" className="presentation__exit" onClick={leave}>
          {t('present.exit')} <kbd>Esc</kbd>
        </button>
      </header>
      {result && resultScenario ? (
        <div className="presentation__body">
          <div className="presentation__chart">
            <div ref={slot} className="presentation__chart-slot">
              <div ref={content}>
                <PlayablePositionChart
                  result={result}
                  currency={resultScenario.currency}
                  labels={labels}
                  height={chartHeight}
                  textScale={textScale}
                  player={player}
                  globalKeys
                  extra={fanOn && fan ? fan.layer : null}
                />
                <PhaseLegend result={result} />
                <PresentRiskFan
                  runs={risk?.result.runs ?? null}
                  months={horizon}
                  on={fanOn}
                  onChange={setFanOn}
                  ends={fan?.ends ?? NO_ENDS}
                />
              </div>
            </div>
          </div>
          <aside className="presentation__side" aria-label={t('present.side')}>
            <PresentKpis result={result} currency={resultScenario.currency} labels={labels} />
            <PresentNow
              result={result}
              currency={resultScenario.currency}
              labels={labels}
              player={player}
            />
          </aside>
        </div>
      ) : (
        <p className="presentation__wait">{t('present.wait')}</p>
      )}
      <div className="presentation__sliders" role="group" aria-label={t('present.sliders')}>
        {sliders(scenario, t).map((s) => (
          <PresentSlider key={s.path} {...s} />
        ))}
      </div>
    </ModalDialog>
  );
}
