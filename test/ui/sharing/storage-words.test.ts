import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { activateMessages, t } from '../../../src/ui/i18n/i18n';
import { say, storageWords, unreadableText } from '../../../src/ui/sharing/words';
import {
  SAVED_KEY_PREFIX,
  listSaved,
  renameSaved,
  saveScenario,
} from '../../../src/url/saved-scenarios';
import { memoryStorage } from '../../url/memory-storage';

afterEach(() => activateMessages('en', english));

const scenario = structuredClone(defaultScenario) as Scenario;

function unreadableList() {
  const storage = memoryStorage();
  storage.data.set(`${SAVED_KEY_PREFIX}broken`, '{"format":1,"name":"Bro');
  storage.data.set(`${SAVED_KEY_PREFIX}foreign`, '[1,2,3]');
  storage.data.set(`${SAVED_KEY_PREFIX}other-app`, '{"format":"x","value":1}');
  storage.data.set(`${SAVED_KEY_PREFIX}future`, '{"format":9,"name":"Later"}');
  storage.data.set(`${SAVED_KEY_PREFIX}bad-scenario`, '{"format":1,"name":"X","scenario":5}');
  return listSaved(storage).unreadable;
}

describe('the saved scenarios’ problems, in the reader’s language', () => {
  it('words why an entry could not be read exactly as the storage does, in English', () => {
    const unreadable = unreadableList();
    expect(unreadable).toHaveLength(5);
    for (const u of unreadable) expect(unreadableText(t, u)).toBe(u.reason);
  });

  it('words them in German', () => {
    const unreadable = unreadableList();
    activateMessages('de', german);
    const texts = unreadable.map((u) => unreadableText(t, u));
    expect(texts).toContain('Dieser gespeicherte Eintrag enthält kein Szenario.');
    for (const text of texts) expect(text).not.toMatch(/\b(it|is|the|not|saved)\b/);
  });

  it('words a refused save, rename or missing entry as the storage does, and in German', () => {
    const full = memoryStorage(() => new DOMException('full', 'QuotaExceededError'));
    const blocked = memoryStorage(() => new DOMException('no', 'SecurityError'));
    const results = [
      saveScenario(full, 'Too much', scenario),
      saveScenario(blocked, 'Nope', scenario),
      renameSaved(memoryStorage(), 'no-such-id', 'Gone'),
    ];
    for (const result of results) {
      if (result.ok) throw new Error('expected a refusal');
      expect(say(t, storageWords(result))).toBe(result.message);
    }
    activateMessages('de', german);
    const [fullText, blockedText, goneText] = results.map((r) =>
      r.ok ? '' : say(t, storageWords(r)),
    );
    expect(fullText).toContain('wurde das Szenario nicht gespeichert');
    expect(blockedText).toContain('erlaubt hier kein Speichern');
    expect(goneText).toContain('gibt es nicht mehr');
  });
});
