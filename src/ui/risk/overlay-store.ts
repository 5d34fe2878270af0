import { create } from 'zustand';

/**
 * The risk bands laid over the main revenue-sharing timeline, when the Risk view's toggle is on.
 * A small module of its own (no engine, no charts), so the timeline can read it without loading
 * the Risk view's chunk. Values are chart coordinates (currency units as floats), one per month.
 */
export interface OverlayLine {
  key: string;
  label: string;
  values: Float64Array;
  color: string;
  dash?: string;
}

export interface RiskOverlay {
  /** The horizon the lines were made for: they are drawn only over a timeline of that length. */
  horizon: number;
  lines: readonly OverlayLine[];
}

interface OverlayState {
  shown: boolean;
  overlay: RiskOverlay | null;
  setShown: (shown: boolean) => void;
  setOverlay: (overlay: RiskOverlay | null) => void;
}

export const useRiskOverlay = create<OverlayState>()((set) => ({
  shown: false,
  overlay: null,
  setShown: (shown) => set(shown ? { shown } : { shown, overlay: null }),
  setOverlay: (overlay) => set({ overlay }),
}));
