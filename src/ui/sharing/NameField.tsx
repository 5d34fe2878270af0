/** A saved scenario's name, typed: saving under a new name and renaming use the same field. */
export function NameField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  return (
    <label className="sharing-field">
      <span className="sharing-field__label">{props.label}</span>
      <input
        className="sharing-field__input"
        value={props.value}
        maxLength={80}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        autoFocus={props.autoFocus}
      />
    </label>
  );
}
