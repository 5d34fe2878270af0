import { useId } from 'react';

interface ItemInputProps {
  /** The accessible name: the item and the column ("2nd level support: monthly hours"). */
  name: string;
  value: string;
  onChange: (text: string) => void;
  /** The column's visible label, where the layout has no heading above the field. */
  label?: string;
  unit?: string;
  error?: string | undefined;
  placeholder?: string;
  numeric?: boolean;
  maxLength?: number;
  /** Lets the builder put the focus back here after a row moved. */
  focusKey?: string;
}

/**
 * One field of a cost item: exact text in, the schema's message under it. Typed text is a React
 * text value, never HTML.
 */
export function ItemInput(props: ItemInputProps) {
  const { name, value, onChange, label, unit, error, placeholder, numeric, maxLength } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const unitId = `${id}-unit`;
  const describedBy = [unit ? unitId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field cost-field is-invalid' : 'field cost-field'}>
      {label !== undefined && (
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
      )}
      <div className="field__control">
        <input
          id={id}
          className="field__input"
          type="text"
          inputMode={numeric ? 'decimal' : undefined}
          autoComplete="off"
          spellCheck={numeric ? false : undefined}
          aria-label={name}
          value={value}
          placeholder={placeholder}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy || undefined}
          data-focus={props.focusKey}
        />
        {unit && (
          <span id={unitId} className="field__unit">
            {unit}
          </span>
        )}
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
