import { useMemo } from 'react';
import { t, useLanguage } from '../i18n';
import type { Translate } from '../i18n';

/**
 * The translator as a value that changes with the language: `useT()` is one stable function,
 * so a memoised text (markers, table columns) listing this one among its dependencies is worded
 * again after a language switch.
 */
export function useWording(): Translate {
  const language = useLanguage();
  return useMemo<Translate>(() => {
    void language;
    return (key, values) => t(key, values);
  }, [language]);
}
