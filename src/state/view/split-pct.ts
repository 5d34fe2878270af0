import type { SliceCreator } from './slice';

/**
 * The ISV's percentage of the fixed split being compared. View state, like the selected month:
 * not part of the scenario, never in a link. null means "the default": the ISV's share of all
 * costs of whichever scenario is shown, so it follows the scenario until the user picks a value.
 */
export interface SplitPctSlice {
  /** Decimal text 0…100 with at most one decimal ("61.3"), or null for the default. */
  isvPct: string | null;
  setIsvPct: (pct: string | null) => void;
}

export const createSplitPctSlice: SliceCreator<SplitPctSlice> = (set) => ({
  isvPct: null,
  setIsvPct: (isvPct) => set({ isvPct }),
});

export const selectIsvPct = (s: SplitPctSlice) => s.isvPct;
