import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/state';

describe('the selected month', () => {
  it('starts with no month selected', () => {
    expect(createAppStore().getState().selectedMonth).toBeNull();
  });

  it('remembers the month last selected', () => {
    const store = createAppStore();
    store.getState().selectMonth(30);
    store.getState().selectMonth(6000);
    expect(store.getState().selectedMonth).toBe(6000);
  });

  it('forgets the selection on clear', () => {
    const store = createAppStore();
    store.getState().selectMonth(12);
    store.getState().clearSelection();
    expect(store.getState().selectedMonth).toBeNull();
  });

  it('ignores month numbers that cannot exist', () => {
    const store = createAppStore();
    store.getState().selectMonth(7);
    for (const bad of [0, -3, 2.5, Number.NaN]) store.getState().selectMonth(bad);
    expect(store.getState().selectedMonth).toBe(7);
  });

  it('tells subscribers (the table and the charts) about a change', () => {
    const store = createAppStore();
    const seen: (number | null)[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s.selectedMonth));
    store.getState().selectMonth(3);
    store.getState().clearSelection();
    unsubscribe();
    expect(seen).toEqual([3, null]);
  });
});
