import { useId } from 'react';
import { useController } from 'react-hook-form';
import { useT } from '../i18n';
import { COMMON_CURRENCIES } from './field-specs';
import type { ScenarioFormValues } from './form-values';

/** The display currency. A scenario from a link may carry another code; it is offered too. */
export function CurrencyField() {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
  } = useController<ScenarioFormValues, 'currency'>({ name: 'currency' });
  const id = useId();
  const t = useT();
  const options = COMMON_CURRENCIES.includes(value)
    ? COMMON_CURRENCIES
    : [...COMMON_CURRENCIES, value];
  return (
    <div className="field field--select">
      <label className="field__label" htmlFor={id}>
        {t('field.currency')}
      </label>
      <select
        id={id}
        ref={ref}
        name={fieldName}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      >
        {options.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </div>
  );
}
