import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../i18n';

export interface JumpToMonthProps {
  months: number;
  onJump: (month: number) => void;
}

/** "Jump to month [ 30 ] Go": selects that month and scrolls the table to it. */
export function JumpToMonth({ months, onJump }: JumpToMonthProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    const month = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
    if (!Number.isInteger(month) || month < 1 || month > months) {
      setProblem(t('table.jumpProblem', { months }));
      return;
    }
    setProblem(null);
    onJump(month);
  };

  return (
    <form className="month-table__jump" onSubmit={submit} noValidate>
      <label htmlFor={id}>{t('table.jumpLabel')}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={months}
        step={1}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : `${id}-problem`}
      />
      <button type="submit" className="button">
        {t('table.jumpGo')}
      </button>
      {problem !== null && (
        <span id={`${id}-problem`} className="month-table__problem" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
