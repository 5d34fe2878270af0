/**
 * Which language the app speaks, decided from (first wins) the address (`?lang=de`), the choice
 * remembered in this browser, and the browser's languages (de-* is German, anything else
 * English). Pure functions plus guarded storage: a blocked or junk-filled localStorage never
 * stops the app, it only forgets.
 */
export const LANGUAGES = ['en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The formatting locale of each language: Swiss conventions in both (CHF 1’234.50). */
export const FORMAT_LOCALE: Record<Language, string> = { de: 'de-CH', en: 'en-CH' };

export const STORAGE_KEY = 'servala-sim:language';

export function asLanguage(value: unknown): Language | null {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
    ? (value as Language)
    : null;
}

/** German for the first browser language that is German or English, English otherwise. */
export function fromBrowser(languages: readonly string[]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de') return 'de';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** `?lang=de` or `?lang=en` in the query; anything else is ignored. */
export function fromAddress(search: string): Language | null {
  return asLanguage(new URLSearchParams(search).get('lang'));
}

export function chooseLanguage(input: {
  search: string;
  stored: string | null;
  browser: readonly string[];
}): Language {
  return fromAddress(input.search) ?? asLanguage(input.stored) ?? fromBrowser(input.browser);
}

export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or a full storage: the choice lasts for this page only.
  }
}

/** The language this page starts in. */
export function initialLanguage(): Language {
  if (typeof window === 'undefined') return 'en';
  return chooseLanguage({
    search: window.location.search,
    stored: readStoredLanguage(),
    browser: navigator.languages?.length ? navigator.languages : [navigator.language ?? ''],
  });
}
