import type { SliceCreator } from './slice';

/**
 * The month the user is looking at, shared by the monthly table and the charts (clicking either
 * highlights the same month in both). View state: it never goes into a link, never triggers a
 * simulation and is not undone with the scenario.
 */
export interface SelectionSlice {
  /** 1-based month number, or null when nothing is selected. */
  selectedMonth: number | null;
  selectMonth: (month: number) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set) => ({
  selectedMonth: null,
  selectMonth: (month) => {
    // Month numbers are whole and start at 1; anything else is a caller's bug, not a selection.
    if (!Number.isInteger(month) || month < 1) return;
    set({ selectedMonth: month });
  },
  clearSelection: () => set({ selectedMonth: null }),
});

export const selectSelectedMonth = (s: SelectionSlice) => s.selectedMonth;
