import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { defaultScenario } from '../../src/engine';
import { appStateCreator, TYPING_BURST_MS } from '../../src/state/store';
import type { AppState, AppStore } from '../../src/state/store';
import { selectScenario, selectScenarioRevision } from '../../src/state/selectors';
import { withPrice } from '../worker/fake-engine';

/** A fresh store on a clock the test moves by hand. */
function storeWithClock() {
  let t = 0;
  const store = createStore<AppState>()(appStateCreator(() => t)) as AppStore;
  return {
    store,
    s: () => store.getState(),
    wait: (ms: number) => {
      t += ms;
    },
    price: () => selectScenario(store.getState()).price.perInstance,
  };
}

describe('undo and redo of scenario changes', () => {
  it('undoes a preset or load in one step and redoes it', () => {
    const { s, price } = storeWithClock();
    s().setScenario(withPrice(defaultScenario, '500'));
    s().setScenario(withPrice(defaultScenario, '600'));
    s().undo();
    expect(price()).toBe('500');
    s().undo();
    expect(selectScenario(s())).toBe(defaultScenario);
    s().redo();
    expect(price()).toBe('500');
  });

  it('makes a burst of typing one step, and a pause starts the next', () => {
    const { s, wait, price } = storeWithClock();
    for (const typed of ['4', '45', '455']) {
      s().applyFormScenario(withPrice(defaultScenario, typed));
      wait(200);
    }
    wait(TYPING_BURST_MS);
    s().applyFormScenario(withPrice(defaultScenario, '460'));
    s().undo();
    expect(price()).toBe('455');
    s().undo();
    expect(price()).toBe('390');
  });

  it('tells the form to follow an undone scenario (a new revision)', () => {
    const { s } = storeWithClock();
    s().setScenario(withPrice(defaultScenario, '500'));
    const before = selectScenarioRevision(s());
    s().undo();
    expect(selectScenarioRevision(s())).toBe(before + 1);
  });

  it('does nothing with no history, and a new change clears what could be redone', () => {
    const { s, store, price } = storeWithClock();
    const revision = selectScenarioRevision(s());
    s().undo();
    s().redo();
    expect(selectScenarioRevision(s())).toBe(revision);
    s().setScenario(withPrice(defaultScenario, '500'));
    s().undo();
    s().setScenario(withPrice(defaultScenario, '700'));
    expect(store.temporal.getState().futureStates).toHaveLength(0);
    s().redo();
    expect(price()).toBe('700');
  });

  it('records only scenario changes, not runs or view state', () => {
    const { s, store } = storeWithClock();
    s().setFormInvalid(true);
    s().retryRun();
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
