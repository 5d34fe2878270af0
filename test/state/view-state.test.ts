import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { createAppStore, MAX_PINS } from '../../src/state';
import { withPrice } from '../worker/fake-engine';

describe('the view slices of the app store', () => {
  it('belong to one store: a fresh store starts with none of another’s view state', () => {
    const used = createAppStore();
    used.getState().selectMonth(12);
    used.getState().setIsvPct('61.3');
    used.getState().addPin('Current', 'current', defaultScenario);
    used.getState().enterPresentation();
    used.getState().openReport(true);
    used.getState().showNotice({ tone: 'info', summary: 'Saved.', details: [] });
    used.getState().setRiskOverlayShown(true);
    const fresh = createAppStore().getState();
    expect(fresh.selectedMonth).toBeNull();
    expect(fresh.isvPct).toBeNull();
    expect(fresh.pins).toEqual([]);
    expect(fresh.presentationOpen).toBe(false);
    expect([fresh.reportOpen, fresh.printWhenReady]).toEqual([false, false]);
    expect(fresh.notice).toBeNull();
    expect(fresh.riskOverlayShown).toBe(false);
    expect(used.getState().pins).toHaveLength(1);
  });

  it('stay out of the undo history, which covers the scenario only', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setScenario(withPrice(defaultScenario, '500'));
    s().selectMonth(7);
    s().setIsvPct('40.0');
    s().addPin('Current', 'current', s().scenario);
    s().showGateMessage({ wording: { rejected: 'empty' } });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    expect(s().scenario).toBe(defaultScenario);
    expect(s().selectedMonth).toBe(7);
    expect(s().isvPct).toBe('40.0');
    expect(s().pins).toHaveLength(1);
    expect(s().notice).toEqual({ tone: 'problem', gate: { rejected: 'empty' } });
  });

  it('pins snapshots, refusing the same scenario twice and more than three', () => {
    const store = createAppStore();
    const add = (price: string) =>
      store.getState().addPin(price, 'current', withPrice(defaultScenario, price));
    expect(add('400')).toBe(true);
    expect(add('400')).toBe(false);
    expect(add('410')).toBe(true);
    expect(add('420')).toBe(true);
    expect(add('430')).toBe(false);
    const keys = store.getState().pins.map((p) => p.key);
    expect(keys).toHaveLength(MAX_PINS);
    expect(new Set(keys).size).toBe(MAX_PINS);
    store.getState().removePin(keys[1]!);
    expect(store.getState().pins.map((p) => p.title)).toEqual(['400', '420']);
  });

  it('drops the risk bands when their toggle is switched off', () => {
    const store = createAppStore();
    store.getState().setRiskOverlayShown(true);
    store.getState().setRiskOverlay({ horizon: 12, lines: [] });
    store.getState().setRiskOverlayShown(false);
    expect(store.getState().riskOverlay).toBeNull();
  });
});
