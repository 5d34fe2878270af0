import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import {
  SAVED_KEY_PREFIX,
  deleteSaved,
  duplicateSaved,
  listSaved,
  renameSaved,
  saveScenario,
  type StorageLike,
} from '../../src/url/saved-scenarios';
import { memoryStorage } from './memory-storage';

const scenario = (price = '420'): Scenario => {
  const s = structuredClone(defaultScenario) as Scenario;
  s.price.perInstance = price;
  return s;
};

function saved(storage: StorageLike, name: string, s: Scenario, iso: string) {
  const result = saveScenario(storage, name, s, new Date(iso));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('saved scenarios', () => {
  it('saves under a name and lists newest first, with the same scenario', () => {
    const storage = memoryStorage();
    saved(storage, 'First', scenario('100'), '2026-01-01T00:00:00Z');
    saved(storage, '  Second  ', scenario('200'), '2026-01-02T00:00:00Z');
    const { entries, unreadable } = listSaved(storage);
    expect(unreadable).toEqual([]);
    expect(entries.map((e) => [e.name, e.scenario.price.perInstance])).toEqual([
      ['Second', '200'],
      ['First', '100'],
    ]);
  });

  it('stores each entry with its format version and the scenario with its own version', () => {
    const storage = memoryStorage();
    const entry = saved(storage, 'Versioned', scenario(), '2026-01-01T00:00:00Z');
    const stored = JSON.parse(storage.data.get(SAVED_KEY_PREFIX + entry.id) ?? '');
    expect(stored).toMatchObject({ format: 1, name: 'Versioned', scenario: { version: 1 } });
  });

  it('renames, duplicates and deletes', () => {
    const storage = memoryStorage();
    const entry = saved(storage, 'Plan', scenario(), '2026-01-01T00:00:00Z');
    expect(renameSaved(storage, entry.id, 'Plan B')).toMatchObject({
      ok: true,
      value: { name: 'Plan B' },
    });
    const copy = duplicateSaved(storage, entry.id, new Date('2026-02-01T00:00:00Z'));
    expect(copy).toMatchObject({
      ok: true,
      value: { name: 'Plan B (copy)', scenario: scenario() },
    });
    expect(listSaved(storage).entries.map((e) => e.name)).toEqual(['Plan B (copy)', 'Plan B']);
    expect(deleteSaved(storage, entry.id)).toEqual({ ok: true, value: null });
    expect(listSaved(storage).entries.map((e) => e.name)).toEqual(['Plan B (copy)']);
    expect(renameSaved(storage, entry.id, 'Gone')).toMatchObject({ ok: false });
  });

  it('reports corrupted and foreign entries, leaves them alone and keeps the others', () => {
    const storage = memoryStorage();
    saved(storage, 'Good', scenario(), '2026-01-01T00:00:00Z');
    storage.data.set(`${SAVED_KEY_PREFIX}broken`, '{"format":1,"name":"Bro');
    storage.data.set(`${SAVED_KEY_PREFIX}foreign`, '[1,2,3]');
    storage.data.set(`${SAVED_KEY_PREFIX}other-app`, '{"format":"x","value":1}');
    storage.data.set(`${SAVED_KEY_PREFIX}future`, '{"format":9,"name":"Later"}');
    storage.data.set(`${SAVED_KEY_PREFIX}bad-scenario`, '{"format":1,"name":"X","scenario":5}');
    storage.data.set('someone-elses-key', 'not ours at all');
    const { entries, unreadable } = listSaved(storage);
    expect(entries.map((e) => e.name)).toEqual(['Good']);
    expect(
      Object.fromEntries(unreadable.map((u) => [u.key.slice(SAVED_KEY_PREFIX.length), u.reason])),
    ).toEqual({
      broken: 'it is not readable data (damaged)',
      foreign: 'it is not a saved scenario',
      'other-app': 'it is not a saved scenario of this app',
      future: 'it was saved by a newer version of the simulator',
      'bad-scenario': 'This saved scenario does not contain a scenario.',
    });
    expect(storage.data.size).toBe(7);
  });

  it('repairs a saved scenario with an invalid field through the gate, and says so', () => {
    const storage = memoryStorage();
    const bad = {
      format: 1,
      name: 'Edited by hand',
      savedAt: '2026-01-01T00:00:00Z',
      scenario: { version: 1, growth: { churnPct: 300 } },
    };
    storage.data.set(`${SAVED_KEY_PREFIX}hand`, JSON.stringify(bad));
    const [entry] = listSaved(storage).entries;
    expect(entry?.scenario.growth.churnPct).toBe(defaultScenario.growth.churnPct);
    expect(entry?.message?.summary).toContain('Monthly churn');
  });

  it('gives a message, not an error, when the storage quota is full', () => {
    const storage = memoryStorage(() => new DOMException('full', 'QuotaExceededError'));
    const result = saveScenario(storage, 'Too much', scenario());
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/storage for this site is full/);
  });

  it('gives a message when storage is forbidden', () => {
    const storage = memoryStorage(() => new DOMException('no', 'SecurityError'));
    const result = saveScenario(storage, 'Nope', scenario());
    if (!result.ok) expect(result.message).toMatch(/does not allow saving/);
    expect(result.ok).toBe(false);
  });

  it('keeps names as given text, trimmed to 80 characters', () => {
    const storage = memoryStorage();
    const entry = saved(storage, `<b>${'é'.repeat(100)}`, scenario(), '2026-01-01T00:00:00Z');
    expect([...entry.name]).toHaveLength(80);
    expect(entry.name.startsWith('<b>')).toBe(true);
  });
});
