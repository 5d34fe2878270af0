import lzString from 'lz-string';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import { createAppStore } from '../../src/state';
import { startUrlSync, type UrlSyncWindow } from '../../src/app/url-sync';
import { decodeScenarioHash, encodeScenarioHash } from '../../src/url/codec';
import type { GateMessage } from '../../src/url/messages';

/** A window with just an address, a history and events, driven by vitest's fake timers. */
function fakeWindow(href: string) {
  const listeners = new Map<string, Set<() => void>>();
  const calls: string[] = [];
  // The pushed entries, for Back: the page's first entry, then each pushed one.
  const entries = [href];
  let at = 0;
  const win: UrlSyncWindow = {
    location: {
      get hash() {
        const at = this.href.indexOf('#');
        return at < 0 ? '' : this.href.slice(at);
      },
      href,
    },
    history: {
      state: { keep: true },
      replaceState: (_state, _unused, url) => {
        calls.push(url);
        entries[at] = url;
        win.location.href = url;
      },
      pushState: (_state, _unused, url) => {
        entries.splice(at + 1, Infinity, url);
        at += 1;
        calls.push(`push ${url}`);
        win.location.href = url;
      },
    },
    addEventListener: (type, fn) => {
      const set = listeners.get(type) ?? new Set();
      set.add(fn);
      listeners.set(type, set);
    },
    removeEventListener: (type, fn) => listeners.get(type)?.delete(fn),
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  };
  const fire = (type: string) => listeners.get(type)?.forEach((fn) => fn());
  const back = () => {
    at -= 1;
    win.location.href = entries[at] ?? '';
    fire('popstate');
    fire('hashchange');
  };
  return { win, calls, fire, back };
}

const edited = (): Scenario => {
  const s = structuredClone(defaultScenario) as Scenario;
  s.price.perInstance = '420';
  return s;
};

describe('the address follows the scenario', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the scenario a link carries', () => {
    const store = createAppStore();
    const { win } = fakeWindow(`http://app/${encodeScenarioHash(edited())}`);
    const messages: (GateMessage | null)[] = [];
    startUrlSync(store, { win, onMessage: (m) => messages.push(m) });
    expect(store.getState().scenario).toEqual(edited());
    expect(messages).toEqual([null]);
  });

  it('keeps the defaults and reports a bad link', () => {
    const store = createAppStore();
    const { win } = fakeWindow('http://app/#s=garbage!!');
    const messages: (GateMessage | null)[] = [];
    startUrlSync(store, { win, onMessage: (m) => messages.push(m) });
    expect(store.getState().scenario).toEqual(defaultScenario);
    expect(messages[0]?.summary).toMatch(/^This link is damaged/);
  });

  it('says nothing for an address without a scenario', () => {
    const store = createAppStore();
    const { win } = fakeWindow('http://app/');
    const onMessage = vi.fn();
    startUrlSync(store, { win, onMessage });
    expect(onMessage).not.toHaveBeenCalled();
  });

  it('writes one history entry replacement after the edits settle, not one per keystroke', () => {
    const store = createAppStore();
    const { win, calls } = fakeWindow('http://app/?q=1');
    startUrlSync(store, { win, onMessage: () => {} });
    for (const price of ['4', '42', '420']) {
      store.getState().updateScenario('price.perInstance', price);
      vi.advanceTimersByTime(100);
    }
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(calls).toEqual([`http://app/?q=1${encodeScenarioHash(edited())}`]);
    expect(decodeScenarioHash(win.location.hash)).toMatchObject({ ok: true, scenario: edited() });
  });

  it('writes a pending change when the page is left within the delay', () => {
    const store = createAppStore();
    const { win, calls, fire } = fakeWindow('http://app/');
    startUrlSync(store, { win, onMessage: () => {} });
    store.getState().setScenario(edited());
    fire('pagehide');
    expect(calls).toHaveLength(1);
  });

  it('reads a link pasted over the current one', () => {
    const store = createAppStore();
    const { win, fire } = fakeWindow('http://app/');
    startUrlSync(store, { win, onMessage: () => {} });
    const data = { version: 1, name: 'Pasted' };
    win.location.href = `http://app/#s=${lzString.compressToEncodedURIComponent(JSON.stringify(data))}`;
    fire('hashchange');
    expect(store.getState().scenario.name).toBe('Pasted');
  });

  describe('a link pasted over the open one that cannot be read', () => {
    const pasted = {
      damaged: { hash: '#s=garbage!!', says: /^This link is damaged/ },
      'from a newer version': {
        hash: `#s=${lzString.compressToEncodedURIComponent('{"version":99,"name":"Future"}')}`,
        says: /newer version of the simulator \(scenario format 99/,
      },
    };

    it.each(Object.entries(pasted))(
      'keeps the current scenario, says so, and puts its link back (%s)',
      (_, { hash, says }) => {
        const store = createAppStore();
        const { win, fire } = fakeWindow('http://app/');
        const messages: (GateMessage | null)[] = [];
        startUrlSync(store, { win, onMessage: (m) => messages.push(m) });
        store.getState().setScenario(edited());
        vi.advanceTimersByTime(300);
        win.location.href = `http://app/${hash}`;
        fire('hashchange');
        expect(store.getState().scenario).toEqual(edited());
        expect(messages.at(-1)?.summary).toMatch(says);
        expect(messages.at(-1)?.summary).toMatch(/The current scenario was kept\.$/);
        expect(messages.at(-1)?.summary).not.toContain('default scenario');
        expect(win.location.href).toBe(`http://app/${encodeScenarioHash(edited())}`);
      },
    );

    it('puts back the link of an edit not yet written, at once', () => {
      const store = createAppStore();
      const { win, fire } = fakeWindow('http://app/');
      startUrlSync(store, { win, onMessage: () => {} });
      store.getState().setScenario(edited());
      win.location.href = 'http://app/#s=garbage!!';
      fire('hashchange');
      expect(decodeScenarioHash(win.location.hash)).toMatchObject({ ok: true, scenario: edited() });
    });

    it('is not overwritten by an edit whose delay ends before its hashchange is handled', () => {
      const store = createAppStore();
      const { win, fire } = fakeWindow('http://app/');
      const messages: (GateMessage | null)[] = [];
      startUrlSync(store, { win, onMessage: (m) => messages.push(m) });
      store.getState().setScenario(edited());
      win.location.href = 'http://app/#s=garbage!!';
      vi.advanceTimersByTime(300);
      expect(win.location.hash).toBe('#s=garbage!!');
      fire('hashchange');
      expect(messages.at(-1)?.summary).toMatch(/^This link is damaged/);
      expect(win.location.hash).toBe(encodeScenarioHash(edited()));
    });

    it('puts back the link when the address lost its scenario, without a message', () => {
      const store = createAppStore();
      const { win, fire } = fakeWindow('http://app/');
      const onMessage = vi.fn();
      startUrlSync(store, { win, onMessage });
      store.getState().setScenario(edited());
      vi.advanceTimersByTime(300);
      win.location.href = 'http://app/#';
      fire('hashchange');
      expect(win.location.hash).toBe(encodeScenarioHash(edited()));
      expect(onMessage).not.toHaveBeenCalled();
    });
  });

  it('reads a link pasted within the delay of an edit, instead of overwriting it', () => {
    const store = createAppStore();
    const { win, fire } = fakeWindow('http://app/');
    startUrlSync(store, { win, onMessage: () => {} });
    store.getState().updateScenario('price.perInstance', '401');
    win.location.href = `http://app/${encodeScenarioHash(edited())}`;
    vi.advanceTimersByTime(300);
    fire('hashchange');
    expect(store.getState().scenario).toEqual(edited());
    expect(win.location.hash).toBe(encodeScenarioHash(edited()));
  });

  it('stops following when stopped', () => {
    const store = createAppStore();
    const { win, calls } = fakeWindow('http://app/');
    const stop = startUrlSync(store, { win, onMessage: () => {} });
    stop();
    store.getState().setScenario(edited());
    vi.advanceTimersByTime(1000);
    expect(calls).toEqual([]);
  });

  describe('a change made in one step gets a history entry of its own', () => {
    const preset = (): Scenario => {
      const s = structuredClone(defaultScenario) as Scenario;
      s.growth.newPerMonth = '5';
      return s;
    };
    let stepping = false;
    const step = (change: () => void) => {
      stepping = true;
      change();
      stepping = false;
    };

    it('pushes an entry at once, and Back returns to the scenario before it', () => {
      const store = createAppStore();
      const { win, calls, back } = fakeWindow('http://app/');
      startUrlSync(store, { win, onMessage: () => {}, isHistoryStep: () => stepping });
      step(() => store.getState().setScenario(preset()));
      // The page's entry first gets the default scenario's link, so Back has one to read.
      expect(calls).toEqual([
        `http://app/${encodeScenarioHash(defaultScenario)}`,
        `push http://app/${encodeScenarioHash(preset())}`,
      ]);
      back();
      expect(store.getState().scenario).toEqual(defaultScenario);
    });

    it('keeps typed edits not yet written in the entry Back returns to', () => {
      const store = createAppStore();
      const { win, calls, back } = fakeWindow('http://app/');
      startUrlSync(store, { win, onMessage: () => {}, isHistoryStep: () => stepping });
      store.getState().updateScenario('price.perInstance', '420');
      step(() => store.getState().setScenario(preset()));
      expect(calls[0]).toBe(`http://app/${encodeScenarioHash(edited())}`);
      vi.advanceTimersByTime(1000);
      expect(calls).toHaveLength(2);
      back();
      expect(store.getState().scenario).toEqual(edited());
    });

    it('types without entries: edits keep replacing the address', () => {
      const store = createAppStore();
      const { win, calls } = fakeWindow('http://app/');
      startUrlSync(store, { win, onMessage: () => {}, isHistoryStep: () => stepping });
      store.getState().updateScenario('price.perInstance', '420');
      vi.advanceTimersByTime(300);
      expect(calls.filter((c) => c.startsWith('push'))).toEqual([]);
    });
  });
});
