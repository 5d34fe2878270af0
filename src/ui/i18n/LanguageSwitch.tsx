import { useId } from 'react';
import { setLanguage } from './i18n';
import { asLanguage, LANGUAGES } from './language';
import { useLanguage, useT } from './use-t';

/**
 * The language control in the header, named in both languages so that a reader who does not
 * understand the current one still finds it. Switching keeps the scenario: only words and number
 * formats change, the store and the address are untouched.
 */
export function LanguageSwitch() {
  const id = useId();
  const t = useT();
  const language = useLanguage();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('header.language')}</label>
      <select
        id={id}
        value={language}
        data-testid="language-switch"
        onChange={(e) => {
          const next = asLanguage(e.target.value);
          if (next) void setLanguage(next, true);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
