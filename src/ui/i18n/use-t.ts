import { useSyncExternalStore } from 'react';
import { currentLanguage, i18n, t } from './i18n';
import type { Language } from './language';
import type { Translate } from './i18n';

const subscribe = (onChange: () => void) => i18n.on('change', onChange);

/**
 * The active language, re-rendering the component when it changes. A store subscription rather
 * than a context provider, so every component (and every component test) works without a wrapper.
 */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** The translator for a component; calling it subscribes the component to language switches. */
export function useT(): Translate {
  useLanguage();
  return t;
}
