import { setupI18n } from '@lingui/core';
import type { Messages } from '@lingui/core';
import type { MessageKey } from './catalog/en';
import { FORMAT_LOCALE, storeLanguage } from './language';
import type { Language } from './language';

/**
 * The one message module: every visible string is `t(key, values)` with a key of the English
 * catalogue. Catalogues are compiled ahead of time and loaded on demand, so only the language in
 * use is downloaded.
 */
export const i18n = setupI18n();

export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

export const t: Translate = (key, values) => i18n._(key, values);

const loaders: Record<Language, () => Promise<{ messages: Messages }>> = {
  en: () => import('./compiled/en'),
  de: () => import('./compiled/de'),
};

/** The active language ('en' until one is activated). */
export function currentLanguage(): Language {
  return i18n.locale === 'de' ? 'de' : 'en';
}

/** The Intl locale for numbers and money in the active language. */
export function formatLocale(): string {
  return FORMAT_LOCALE[currentLanguage()];
}

/** Activates a catalogue that is already at hand (tests, and the pseudo-locale). */
export function activateMessages(locale: string, messages: Messages): void {
  // Numbers inside messages ("1'000'000'000 months") group as the figures do: the Swiss locale.
  const language = locale === 'de' ? 'de' : 'en';
  i18n.loadAndActivate({ locale, locales: FORMAT_LOCALE[language], messages });
}

/**
 * Loads and activates a language, and says so to the page (`<html lang>`). `remember` stores the
 * choice: an explicit pick is remembered, a guess from the browser or the address is not.
 */
export async function setLanguage(language: Language, remember = false): Promise<void> {
  const { messages } = await loaders[language]();
  activateMessages(language, messages);
  if (typeof document !== 'undefined') document.documentElement.lang = FORMAT_LOCALE[language];
  if (remember) storeLanguage(language);
}

/**
 * The page's first language, loaded before the first render (the catalogue is a small chunk,
 * fetched while the engine already works). If it cannot be loaded, English is tried, and the page
 * renders either way: a missing catalogue must not blank it.
 */
export async function startLanguage(first: Language): Promise<void> {
  try {
    await setLanguage(first);
  } catch {
    await setLanguage('en').catch(() => undefined);
  }
}
