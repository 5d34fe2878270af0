import { create } from 'zustand';

/**
 * The month the user is looking at, shared by the monthly table and the charts (clicking either
 * highlights the same month in both). It is view state, not part of the scenario, so it lives in
 * its own tiny store: it never goes into a link and never triggers a simulation.
 */
export interface SelectionState {
  /** 1-based month number, or null when nothing is selected. */
  selectedMonth: number | null;
  select: (month: number) => void;
  clear: () => void;
}

export const useSelection = create<SelectionState>()((set) => ({
  selectedMonth: null,
  select: (month) => {
    // Month numbers are whole and start at 1; anything else is a caller's bug, not a selection.
    if (!Number.isInteger(month) || month < 1) return;
    set({ selectedMonth: month });
  },
  clear: () => set({ selectedMonth: null }),
}));
