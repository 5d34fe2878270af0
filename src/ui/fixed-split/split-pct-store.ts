import { create } from 'zustand';

/**
 * The ISV's percentage of the static split being compared. View state, like the selected month:
 * not part of the scenario, never in a link. null means "the default": the ISV's share of all
 * costs of whichever scenario is shown, so it follows the scenario until the user picks a value.
 */
export interface SplitPctState {
  /** Decimal text 0…100 with at most one decimal ("61.3"), or null for the default. */
  isvPct: string | null;
  setIsvPct: (pct: string | null) => void;
}

export const useSplitPct = create<SplitPctState>()((set) => ({
  isvPct: null,
  setIsvPct: (isvPct) => set({ isvPct }),
}));

const PCT_TEXT = /^(100(\.0)?|[1-9]?[0-9](\.[0-9])?)$/;

/** The percentage typed by a user as canonical-enough text, or null if it is not 0…100 in steps of 0.1. */
export function parsePctInput(text: string): string | null {
  const t = text.trim().replace(',', '.');
  if (!PCT_TEXT.test(t)) return null;
  return t.includes('.') ? t : `${t}.0`;
}

/**
 * A slider position (a float from `<input type="range">`, step 0.1) as exact tenths text. The
 * browser's value can carry binary noise ("61.300000000000004"), so it is rounded to tenths first.
 */
export function pctFromSlider(value: string): string {
  const tenths = Math.min(1000, Math.max(0, Math.round(Number(value) * 10)));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
