import type { RiskResult, ScenarioV2, Uncertainty } from '../../engine';
import type { SliceCreator } from './slice';

/**
 * The Risk view's state that outlives the view: the scenario's uncertainty (runs, seed, ranges),
 * the bands laid over the main timeline and the newest result for the printed report. None of it
 * is undone with the scenario. Once the app's scenario is format 2, the uncertainty becomes
 * `scenario.uncertainty` (and so travels in links and files).
 */

/** One risk band over the timeline: chart coordinates (currency units as floats), one per month. */
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

/** The newest fresh risk result and the scenario it answers. */
export interface LastRisk {
  result: RiskResult;
  scenario: ScenarioV2;
}

export interface RiskSlice {
  /** Validated against the scenario with the engine's schema before it is written here. */
  uncertainty: Uncertainty | undefined;
  setUncertainty: (uncertainty: Uncertainty | undefined) => void;
  /** Whether the Risk view's "show on the timeline" toggle is on. */
  riskOverlayShown: boolean;
  riskOverlay: RiskOverlay | null;
  setRiskOverlayShown: (shown: boolean) => void;
  setRiskOverlay: (overlay: RiskOverlay | null) => void;
  lastRisk: LastRisk | null;
  setLastRisk: (last: LastRisk | null) => void;
}

export const createRiskSlice: SliceCreator<RiskSlice> = (set) => ({
  uncertainty: undefined,
  setUncertainty: (uncertainty) => set({ uncertainty }),
  riskOverlayShown: false,
  riskOverlay: null,
  setRiskOverlayShown: (shown) =>
    set(shown ? { riskOverlayShown: shown } : { riskOverlayShown: shown, riskOverlay: null }),
  setRiskOverlay: (riskOverlay) => set({ riskOverlay }),
  lastRisk: null,
  setLastRisk: (lastRisk) => set({ lastRisk }),
});

export const selectUncertainty = (s: RiskSlice) => s.uncertainty;
export const selectRiskOverlay = (s: RiskSlice) => s.riskOverlay;
export const selectRiskOverlayShown = (s: RiskSlice) => s.riskOverlayShown;
export const selectLastRisk = (s: RiskSlice) => s.lastRisk;
