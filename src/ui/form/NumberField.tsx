import { useId, useState } from 'react';
import { useController, type FieldPathByValue } from 'react-hook-form';
import { useT } from '../i18n';
import type { NumberSpec } from './field-specs';
import type { ScenarioFormValues } from './form-values';
import { sliderToText, textToSlider } from './slider-text';

export type NumberPath = FieldPathByValue<ScenarioFormValues, string | null>;

interface NumberFieldProps {
  name: NumberPath;
  spec: NumberSpec;
  currency: string;
}

/**
 * A number typed as exact text, with its unit and (where a range makes sense) a slider. Both
 * edit the same form value; the slider's accessible name is the label plus "slider". A value the
 * schema rejects is marked invalid, with the schema's message linked by aria-describedby.
 */
export function NumberField({ name, spec, currency }: NumberFieldProps) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController<ScenarioFormValues, NumberPath>({ name });
  const t = useT();
  const id = useId();
  const inputId = `${id}-input`;
  const unitId = `${id}-unit`;
  const errorId = `${id}-error`;
  const text = value ?? '';
  const unit = spec.unit(currency);
  const error = fieldState.error?.message;
  const describedBy = [unit ? unitId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const { slider } = spec;
  // While the text is not a number (being typed, or invalid), the thumb stays where it was.
  const position = slider ? textToSlider(text, slider.min, slider.max) : null;
  const [lastPosition, setLastPosition] = useState(position ?? slider?.min ?? 0);
  if (position !== null && position !== lastPosition) setLastPosition(position);

  return (
    <div className={error ? 'field field--number is-invalid' : 'field field--number'}>
      <label className="field__label" htmlFor={inputId}>
        {spec.label}
      </label>
      <div className="field__control">
        <input
          id={inputId}
          ref={ref}
          name={fieldName}
          className="field__input"
          type="text"
          inputMode={spec.whole ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy || undefined}
        />
        {unit && (
          <span id={unitId} className="field__unit">
            {unit}
          </span>
        )}
      </div>
      {slider && (
        <input
          className="field__slider"
          type="range"
          aria-label={t('field.slider', { label: spec.label })}
          min={slider.min}
          max={slider.max}
          step={slider.step}
          value={position ?? lastPosition}
          aria-valuetext={unit ? t('field.valueWithUnit', { value: text, unit }) : text}
          onChange={(e) => onChange(sliderToText(e.target.valueAsNumber, slider.step))}
        />
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
