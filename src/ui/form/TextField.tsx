import { useId } from 'react';
import { useController, type FieldPathByValue } from 'react-hook-form';
import type { ScenarioFormValues } from './form-values';

interface TextFieldProps {
  name: FieldPathByValue<ScenarioFormValues, string>;
  label: string;
  maxLength: number;
}

/** Plain text (names). React renders it as text, never as HTML. */
export function TextField({ name, label, maxLength }: TextFieldProps) {
  const {
    field: { ref, name: fieldName, value, onChange, onBlur },
    fieldState,
  } = useController<ScenarioFormValues, typeof name>({ name });
  const id = useId();
  const error = fieldState.error?.message;
  return (
    <div className={error ? 'field field--text is-invalid' : 'field field--text'}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={ref}
        name={fieldName}
        className="field__input"
        type="text"
        autoComplete="off"
        // A little room past the limit, so the schema's message explains instead of typing stopping dead.
        maxLength={maxLength + 10}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
