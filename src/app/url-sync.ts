import type { Scenario } from '../engine';
import { decodeScenarioHash, encodeScenarioHash } from '../url/codec';
import { KEPT_CURRENT, gateMessage, type Fallback, type GateMessage } from '../url/messages';
import type { AppStore } from '../state/store';

/**
 * Keeps the address in step with the scenario: the scenario lives in the link's hash.
 *
 * - At start, a `#s=` hash goes through the gate; the store gets what it accepted, and anything
 *   refused or replaced is reported through `onMessage` (never thrown).
 * - As the scenario changes, the hash follows with `history.replaceState`, debounced (~300 ms):
 *   no history entry per keystroke, and browsers rate-limit the History API.
 * - A change the user makes in one step (a preset, a loaded or imported scenario, a reset: what
 *   `isHistoryStep` says while it happens) gets its own history entry at once (`pushState`), so
 *   the browser's Back returns to the scenario before it. Going back or forward reads the
 *   entry's link through the gate like any link.
 * - A hash changed by the user (a link pasted into the same tab) is read like a new link. If it is
 *   refused, the scenario on screen stays, the message says so, and its link goes back into the
 *   address: otherwise a reload would silently open something else and lose the edits.
 */

type UrlSyncEvent = 'hashchange' | 'popstate' | 'pagehide';

/** The parts of `window` this uses, so tests can hand in a fake. */
export interface UrlSyncWindow {
  location: { hash: string; href: string };
  history: {
    state: unknown;
    replaceState: (state: unknown, unused: string, url: string) => void;
    pushState: (state: unknown, unused: string, url: string) => void;
  };
  addEventListener: (type: UrlSyncEvent, listener: () => void) => void;
  removeEventListener: (type: UrlSyncEvent, listener: () => void) => void;
  setTimeout: (handler: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export interface UrlSyncOptions {
  /** Called with a message to show (or null to clear it) when a link was refused or repaired. */
  onMessage: (message: GateMessage | null) => void;
  /** Whether the scenario change happening now is one step of its own (gets a history entry). */
  isHistoryStep?: () => boolean;
  win?: UrlSyncWindow;
  delayMs?: number;
}

export const URL_SYNC_DELAY_MS = 300;

/**
 * Reads the hash into the store and reports what the gate found; `fallback` says what the app
 * shows if the link is refused. Returns whether the store now holds the link's scenario.
 */
function loadHash(
  store: AppStore,
  hash: string,
  onMessage: UrlSyncOptions['onMessage'],
  fallback?: Fallback,
): boolean {
  const result = decodeScenarioHash(hash);
  if (result === null) return false;
  if (result.ok) store.getState().setScenario(result.scenario);
  onMessage(gateMessage(result, 'link', fallback));
  return result.ok;
}

/** Starts following the store; returns a function that stops (and writes any pending change). */
export function startUrlSync(store: AppStore, options: UrlSyncOptions): () => void {
  const win = options.win ?? (window as unknown as UrlSyncWindow);
  const delayMs = options.delayMs ?? URL_SYNC_DELAY_MS;
  const { onMessage } = options;

  loadHash(store, win.location.hash, onMessage);

  let pending: Scenario | null = null;
  let timer: number | null = null;
  // The address as last read or written here. Anything else in it is a link typed or pasted over
  // it whose hashchange has not been handled yet: a pending write must not overwrite that link
  // (it did, when the paste came within the debounce delay of an edit).
  let known = win.location.hash;

  const addressWith = (hash: string) => {
    const href = win.location.href;
    const hashAt = href.indexOf('#');
    return (hashAt < 0 ? href : href.slice(0, hashAt)) + hash;
  };

  const write = () => {
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
    if (pending === null || win.location.hash !== known) return;
    const hash = encodeScenarioHash(pending);
    pending = null;
    if (win.location.hash === hash) return;
    try {
      // Keep whatever state the page keeps in history; change only the address.
      win.history.replaceState(win.history.state, '', addressWith(hash));
    } catch {
      // Too many calls in a short time (Safari throws): the next change will write it.
    }
    known = win.location.hash;
  };

  /**
   * The current entry first gets the link of the scenario being left (typed edits may not be
   * written yet, or the page opened without a link), so Back finds it there; then the new
   * scenario gets an entry of its own.
   */
  const pushStep = (left: Scenario, next: Scenario) => {
    if (win.location.hash !== known) return;
    pending = left;
    write();
    if (win.location.hash !== encodeScenarioHash(left)) {
      // The entry could not be written: better no new entry than one Back cannot leave.
      pending = next;
      write();
      return;
    }
    const hash = encodeScenarioHash(next);
    if (hash === win.location.hash) return;
    try {
      win.history.pushState(null, '', addressWith(hash));
    } catch {
      pending = next;
      write();
    }
    known = win.location.hash;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario) return;
    if (options.isHistoryStep?.()) {
      pushStep(previous.scenario, state.scenario);
      return;
    }
    pending = state.scenario;
    if (timer !== null) win.clearTimeout(timer);
    timer = win.setTimeout(write, delayMs);
  });

  const onHashChange = () => {
    // A link typed or pasted over the current one wins over a change not yet written.
    pending = null;
    if (timer !== null) win.clearTimeout(timer);
    timer = null;
    known = win.location.hash;
    const current = store.getState().scenario;
    if (win.location.hash === encodeScenarioHash(current)) return;
    if (loadHash(store, win.location.hash, onMessage, KEPT_CURRENT)) return;
    // Refused (damaged, from a newer version) or no scenario at all: the address must again
    // hold what is on screen, at once, so that a reload or a copied address keeps it.
    pending = current;
    write();
  };
  win.addEventListener('hashchange', onHashChange);
  // Back and Forward between this page's own entries: the entry's link is read again (the
  // browser may also fire hashchange, which then finds the scenario already on screen).
  win.addEventListener('popstate', onHashChange);
  // Leaving or reloading within the debounce delay must not lose the last change.
  win.addEventListener('pagehide', write);

  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
    win.removeEventListener('popstate', onHashChange);
    win.removeEventListener('pagehide', write);
    write();
  };
}
