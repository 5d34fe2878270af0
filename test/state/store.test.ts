import { describe, expect, it } from 'vitest';
import { defaultScenario, intAt } from '../../src/engine';
import { connectEngine } from '../../src/app/connect-engine';
import { createAppStore } from '../../src/state/store';
import {
  selectIsFirstRun,
  selectIsUpdating,
  selectResult,
  selectResultScenario,
  selectRunError,
  selectScenario,
  selectScenarioRevision,
} from '../../src/state/selectors';
import { fakeSimulate, withPrice } from '../worker/fake-engine';
import { manualTransport } from '../worker/manual-transport';

function connectedStore() {
  const store = createAppStore();
  const manual = manualTransport(fakeSimulate);
  connectEngine(store, manual.transport);
  return { store, ...manual, get: () => store.getState() };
}

describe('the scenario in the store', () => {
  it('starts with the default scenario', () => {
    const store = createAppStore();
    expect(selectScenario(store.getState())).toEqual(defaultScenario);
  });

  it('replaces the scenario on setScenario and tells the form by a new revision', () => {
    const store = createAppStore();
    const next = withPrice(defaultScenario, '420');
    store.getState().setScenario(next);
    expect(selectScenario(store.getState())).toBe(next);
    expect(selectScenarioRevision(store.getState())).toBe(1);
  });

  it('takes a form edit without a new revision, so the form is not reset while typing', () => {
    const store = createAppStore();
    store.getState().applyFormScenario(withPrice(defaultScenario, '421'));
    expect(selectScenario(store.getState()).price.perInstance).toBe('421');
    expect(selectScenarioRevision(store.getState())).toBe(0);
  });

  it('updates one field after validating it with the engine schema, in canonical form', () => {
    const store = createAppStore();
    expect(store.getState().updateScenario('price.perInstance', '420.50')).toEqual({ ok: true });
    expect(selectScenario(store.getState()).price.perInstance).toBe('420.5');
  });

  it('rejects an invalid field value, names its path and keeps the scenario', () => {
    const store = createAppStore();
    const result = store.getState().updateScenario('msp.hourlyRate', '-5');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['msp.hourlyRate']);
    expect(selectScenario(store.getState())).toEqual(defaultScenario);
  });

  it('goes back to the default scenario on reset', () => {
    const store = createAppStore();
    store.getState().setScenario(withPrice(defaultScenario, '999'));
    store.getState().resetScenario();
    expect(selectScenario(store.getState())).toEqual(defaultScenario);
    expect(selectScenarioRevision(store.getState())).toBe(2);
  });
});

describe('running the engine from the store', () => {
  it('runs the scenario at once and shows nothing until the first result', async () => {
    const { get, sent, answerNext } = connectedStore();
    expect(sent).toHaveLength(1);
    expect(selectIsFirstRun(get())).toBe(true);
    expect(selectResult(get())).toBeNull();
    await answerNext();
    expect(selectIsFirstRun(get())).toBe(false);
    expect(intAt(selectResult(get())?.revenue ?? [], 0)).toBe(39000n);
  });

  it('keeps the previous result visible, marked as updating, while the next run is pending', async () => {
    const { store, get, answerNext } = connectedStore();
    await answerNext();
    const first = selectResult(get());
    store.getState().setScenario(withPrice(defaultScenario, '500'));
    expect(selectIsUpdating(get())).toBe(true);
    expect(selectResult(get())).toBe(first);
    expect(selectResultScenario(get())?.price.perInstance).toBe('390');

    await answerNext();
    expect(selectIsUpdating(get())).toBe(false);
    expect(selectResultScenario(get())?.price.perInstance).toBe('500');
    expect(intAt(selectResult(get())?.revenue ?? [], 0)).toBe(50000n);
  });

  it('runs only the newest of several quick changes after the one in flight', async () => {
    const { store, sent, answerNext, get } = connectedStore();
    for (const price of ['401', '402', '403']) {
      store.getState().applyFormScenario(withPrice(defaultScenario, price));
    }
    expect(sent).toHaveLength(1);
    await answerNext();
    expect(sent).toHaveLength(2);
    await answerNext();
    expect(sent).toHaveLength(2);
    expect(selectResultScenario(get())?.price.perInstance).toBe('403');
    expect(selectIsUpdating(get())).toBe(false);
  });

  it('shows a failed run as an error and keeps the last good result on screen', async () => {
    const { store, get, answerNext } = connectedStore();
    await answerNext();
    const good = selectResult(get());
    store.getState().setScenario(withPrice(defaultScenario, '1'));
    await answerNext((request) => ({
      type: 'result',
      id: request.id,
      ok: false,
      error: { message: 'engine failed' },
    }));
    expect(selectRunError(get())?.message).toBe('engine failed');
    expect(selectResult(get())).toBe(good);

    store.getState().setScenario(withPrice(defaultScenario, '2'));
    await answerNext();
    expect(selectRunError(get())).toBeNull();
  });
});
