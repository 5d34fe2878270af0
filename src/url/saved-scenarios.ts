import type { Scenario } from '../engine';
import { parseJsonText, restoreScenario, type GateResult } from './gate';
import { gateMessage, type GateMessage, type GateWording } from './messages';
import { isRawObject, ownValue } from './raw';

/**
 * Saved scenarios in the browser's localStorage, one key per entry so that one damaged entry can
 * never take the others with it. Each entry records its storage format version, and its scenario
 * carries its own link format version and goes through the same gate as links and files.
 */

/** The parts of the Web Storage API used here (tests hand in a fake). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const SAVED_KEY_PREFIX = 'servala-simulator.saved.';
/** Version of the entry wrapper `{format, name, savedAt, scenario}`. */
export const SAVED_FORMAT = 1;
export const MAX_SAVED_NAME = 80;

export interface SavedEntry {
  id: string;
  name: string;
  /** ISO 8601 time of saving. */
  savedAt: string;
  scenario: Scenario;
  /** What the gate had to repair when reading this entry, if anything. */
  message: GateMessage | null;
}

/** Why a stored entry could not be read, as a code for the UI to word ('rejected': by the gate). */
export type UnreadableCode =
  'empty' | 'damaged' | 'not-saved' | 'newer' | 'not-ours' | 'rejected' | 'storage';

/** An entry under our prefix that could not be read; it is left in place, untouched. */
export interface UnreadableEntry {
  key: string;
  /** In English, for logs and tests. */
  reason: string;
  code: UnreadableCode;
  /** The gate's words, for 'rejected'. */
  gate?: GateWording;
}

export interface SavedList {
  entries: SavedEntry[];
  unreadable: UnreadableEntry[];
}

/** What a write was for, and why the browser refused it: for the UI to word. */
export type StorageAction = 'save' | 'rename' | 'duplicate' | 'delete';
export type StorageProblem = 'full' | 'blocked' | 'gone';

export type StorageResult<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; problem: StorageProblem; action: StorageAction };

/** The browser's localStorage, or null where it is unavailable or forbidden. */
export function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/** A name as stored: trimmed, at most 80 characters, never empty. */
export function cleanName(name: string): string {
  const trimmed = [...name.trim()].slice(0, MAX_SAVED_NAME).join('').trim();
  return trimmed === '' ? 'Untitled scenario' : trimmed;
}

function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const WHAT: Record<StorageAction, string> = {
  save: 'the scenario was not saved',
  rename: 'it was not renamed',
  duplicate: 'it was not duplicated',
  delete: 'it was not deleted',
};

function storageError(error: unknown, action: StorageAction): StorageResult<never> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const what = WHAT[action];
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    const message = `The browser’s storage for this site is full, so ${what}. Delete saved scenarios you no longer need, or export this one as a file.`;
    return { ok: false, message, problem: 'full', action };
  }
  const message = `This browser does not allow saving here (its storage is turned off or unavailable), so ${what}. Export the scenario as a file instead.`;
  return { ok: false, message, problem: 'blocked', action };
}

type Unread = Omit<UnreadableEntry, 'key'>;

const UNREAD: Record<Exclude<UnreadableCode, 'rejected'>, string> = {
  empty: 'it is empty',
  damaged: 'it is not readable data (damaged)',
  'not-saved': 'it is not a saved scenario',
  newer: 'it was saved by a newer version of the simulator',
  'not-ours': 'it is not a saved scenario of this app',
  storage: 'the browser’s storage could not be read',
};

const unread = (code: keyof typeof UNREAD): Unread => ({ code, reason: UNREAD[code] });

/** Reads one stored value; why not, if it is not one of ours in a format we know. */
function readEntry(key: string, text: string | null): SavedEntry | Unread {
  if (text === null) return unread('empty');
  // Through the gate's JSON reader too: one deeply nested field must not cost the entry.
  const json = parseJsonText(text);
  if (!json.ok) return unread('damaged');
  const data = json.value;
  if (!isRawObject(data)) return unread('not-saved');
  const format = ownValue(data, 'format');
  if (typeof format === 'number' && format > SAVED_FORMAT) return unread('newer');
  if (format !== SAVED_FORMAT) return unread('not-ours');
  const name = ownValue(data, 'name');
  const savedAt = ownValue(data, 'savedAt');
  const result: GateResult = restoreScenario(ownValue(data, 'scenario'));
  if (!result.ok) {
    const refused = gateMessage(result, 'saved', '');
    const reason = refused?.summary.trim() ?? 'it is damaged';
    return refused
      ? { code: 'rejected', reason, gate: refused.wording }
      : { code: 'rejected', reason };
  }
  return {
    id: key.slice(SAVED_KEY_PREFIX.length),
    name: cleanName(typeof name === 'string' ? name : result.scenario.name),
    savedAt: typeof savedAt === 'string' ? savedAt : '',
    scenario: result.scenario,
    message: gateMessage(result, 'saved', ''),
  };
}

/** Every saved scenario (newest first), and every entry under our prefix that could not be read. */
export function listSaved(storage: StorageLike): SavedList {
  const entries: SavedEntry[] = [];
  const unreadable: UnreadableEntry[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key !== null && key.startsWith(SAVED_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const entry = readEntry(key, storage.getItem(key));
      if ('code' in entry) unreadable.push({ key, ...entry });
      else entries.push(entry);
    }
  } catch {
    unreadable.push({ key: '', ...unread('storage') });
  }
  entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.name.localeCompare(b.name));
  return { entries, unreadable };
}

function write(
  storage: StorageLike,
  id: string,
  name: string,
  scenario: Scenario,
  savedAt: string,
  action: StorageAction,
): StorageResult<SavedEntry> {
  const entry = { format: SAVED_FORMAT, name: cleanName(name), savedAt, scenario };
  try {
    storage.setItem(SAVED_KEY_PREFIX + id, JSON.stringify(entry));
  } catch (error) {
    return storageError(error, action);
  }
  return { ok: true, value: { id, name: entry.name, savedAt, scenario, message: null } };
}

/** Saves a scenario under a name, as a new entry. */
export function saveScenario(
  storage: StorageLike,
  name: string,
  scenario: Scenario,
  now: Date = new Date(),
): StorageResult<SavedEntry> {
  return write(storage, newId(), name, scenario, now.toISOString(), 'save');
}

function find(storage: StorageLike, id: string): SavedEntry | null {
  try {
    const entry = readEntry(SAVED_KEY_PREFIX + id, storage.getItem(SAVED_KEY_PREFIX + id));
    return 'code' in entry ? null : entry;
  } catch {
    return null;
  }
}

const GONE = 'That saved scenario no longer exists (it may have been deleted in another tab).';
const gone = (action: StorageAction): StorageResult<never> => ({
  ok: false,
  message: GONE,
  problem: 'gone',
  action,
});

export function renameSaved(
  storage: StorageLike,
  id: string,
  name: string,
): StorageResult<SavedEntry> {
  const entry = find(storage, id);
  if (!entry) return gone('rename');
  return write(storage, id, name, entry.scenario, entry.savedAt, 'rename');
}

export function duplicateSaved(
  storage: StorageLike,
  id: string,
  now: Date = new Date(),
): StorageResult<SavedEntry> {
  const entry = find(storage, id);
  if (!entry) return gone('duplicate');
  const name = `${[...entry.name].slice(0, MAX_SAVED_NAME - 7).join('')} (copy)`;
  return write(storage, newId(), name, entry.scenario, now.toISOString(), 'duplicate');
}

export function deleteSaved(storage: StorageLike, id: string): StorageResult<null> {
  try {
    storage.removeItem(SAVED_KEY_PREFIX + id);
  } catch (error) {
    return storageError(error, 'delete');
  }
  return { ok: true, value: null };
}
