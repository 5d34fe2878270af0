import { beforeEach, describe, expect, it } from 'vitest';
import { useSelection } from '../../src/state/selection';

describe('the selected-month store', () => {
  beforeEach(() => useSelection.getState().clear());

  it('starts with no month selected', () => {
    expect(useSelection.getInitialState().selectedMonth).toBeNull();
  });

  it('remembers the month last selected', () => {
    useSelection.getState().select(30);
    useSelection.getState().select(6000);
    expect(useSelection.getState().selectedMonth).toBe(6000);
  });

  it('forgets the selection on clear', () => {
    useSelection.getState().select(12);
    useSelection.getState().clear();
    expect(useSelection.getState().selectedMonth).toBeNull();
  });

  it('ignores month numbers that cannot exist', () => {
    useSelection.getState().select(7);
    for (const bad of [0, -3, 2.5, Number.NaN]) useSelection.getState().select(bad);
    expect(useSelection.getState().selectedMonth).toBe(7);
  });

  it('tells subscribers (the table and the charts) about a change', () => {
    const seen: (number | null)[] = [];
    const unsubscribe = useSelection.subscribe((s) => seen.push(s.selectedMonth));
    useSelection.getState().select(3);
    useSelection.getState().clear();
    unsubscribe();
    expect(seen).toEqual([3, null]);
  });
});
