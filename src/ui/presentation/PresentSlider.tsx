import { useId } from 'react';
import type { ScenarioFieldPath } from '../../engine/index';
import type { SliderSpec } from '../form/field-specs';
import { sliderToText, textToSlider } from '../form/slider-text';
import { useAppStoreApi } from '../../state';

export interface PresentSliderProps {
  path: ScenarioFieldPath;
  label: string;
  /** The field's exact text from the scenario. */
  value: string;
  unit: string;
  slider: SliderSpec;
}

/**
 * One large slider bound to the scenario like the input form: a valid position updates the
 * scenario (and so every figure); the store's schema check refuses anything else.
 */
export function PresentSlider({ path, label, value, unit, slider }: PresentSliderProps) {
  const store = useAppStoreApi();
  const id = useId();
  return (
    <div className="present-slider">
      <label htmlFor={id} className="present-slider__label">
        {label}
      </label>
      <output htmlFor={id} className="present-slider__value">
        {value} <span className="present-slider__unit">{unit}</span>
      </output>
      <input
        id={id}
        type="range"
        min={slider.min}
        max={slider.max}
        step={slider.step}
        value={textToSlider(value, slider.min, slider.max) ?? slider.min}
        aria-valuetext={`${value} ${unit}`}
        onChange={(e) =>
          store.getState().updateScenario(path, sliderToText(Number(e.target.value), slider.step))
        }
      />
    </div>
  );
}
