// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../../src/ui/format/money';
import { currentLanguage, setLanguage, t } from '../../../src/ui/i18n/i18n';
import {
  chooseLanguage,
  fromBrowser,
  readStoredLanguage,
  STORAGE_KEY,
  storeLanguage,
} from '../../../src/ui/i18n/language';

afterEach(async () => {
  vi.unstubAllGlobals();
  localStorage.clear();
  await setLanguage('en');
});

describe('choosing the language', () => {
  it('reads German from any de-* browser language and English otherwise', () => {
    expect(fromBrowser(['de-CH', 'en'])).toBe('de');
    expect(fromBrowser(['de'])).toBe('de');
    expect(fromBrowser(['fr-CH', 'de-DE'])).toBe('de');
    expect(fromBrowser(['en-US', 'de-CH'])).toBe('en');
    expect(fromBrowser(['fr-FR'])).toBe('en');
    expect(fromBrowser([])).toBe('en');
  });

  it('lets the address win over the stored choice, and the stored choice over the browser', () => {
    const browser = ['de-CH'];
    expect(chooseLanguage({ search: '?lang=en', stored: 'de', browser })).toBe('en');
    expect(chooseLanguage({ search: '', stored: 'en', browser })).toBe('en');
    expect(chooseLanguage({ search: '', stored: null, browser })).toBe('de');
    // Junk in the address or in storage is ignored.
    expect(chooseLanguage({ search: '?lang=xx', stored: '{"a":1}', browser })).toBe('de');
    expect(chooseLanguage({ search: '?lang=', stored: 'EN', browser: ['en'] })).toBe('en');
  });

  it('remembers a choice, and storage that throws costs only the memory', () => {
    storeLanguage('de');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('de');
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    });
    expect(readStoredLanguage()).toBeNull();
    expect(() => storeLanguage('en')).not.toThrow();
  });
});

describe('switching the language', () => {
  it('changes the words, <html lang> and the formats, not the canonical figures', async () => {
    await setLanguage('de', true);
    expect(currentLanguage()).toBe('de');
    expect(document.documentElement.lang).toBe('de-CH');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('de');
    expect(t('kpi.breakEven')).toBe('Gewinnschwelle');
    expect(t('kpi.stillOut', { months: 1 })).toBe('Nach 1 Monat noch in der Unterdeckung');
    expect(t('kpi.stillOut', { months: 60 })).toBe('Nach 60 Monaten noch in der Unterdeckung');
    expect(formatMoney('-79828.74', 'CHF')).toBe("\u2212CHF\u00a079'828.74");
    expect(formatMoney('1234.5', 'EUR')).toMatch(/^1\.234,50\s€$/);

    await setLanguage('en');
    expect(document.documentElement.lang).toBe('en-CH');
    expect(t('kpi.stillOut', { months: 1 })).toBe('Still out of pocket after 1 month');
    expect(formatMoney('-79828.74', 'CHF')).toBe("\u2212CHF\u00a079'828.74");
    expect(formatMoney('1234.5', 'EUR')).toBe('€1,234.50');
  });
});
