/**
 * View state: what the user is looking at (selected month, fixed-split percentage, pins, open
 * screens, banner, risk bands). Slices of the app store, so each store (each test) has its own,
 * but outside the undo history, which covers the scenario only.
 */
import { createNoticesSlice, type NoticesSlice } from './notices';
import { createPinsSlice, type PinsSlice } from './pins';
import { createRiskSlice, type RiskSlice } from './risk';
import { createScreensSlice, type ScreensSlice } from './screens';
import { createSelectionSlice, type SelectionSlice } from './selection';
import type { SliceSet } from './slice';
import { createSplitPctSlice, type SplitPctSlice } from './split-pct';

export type ViewState = SelectionSlice &
  SplitPctSlice &
  PinsSlice &
  ScreensSlice &
  NoticesSlice &
  RiskSlice;

export function createViewState(set: SliceSet<ViewState>, get: () => ViewState): ViewState {
  return {
    ...createSelectionSlice(set, get),
    ...createSplitPctSlice(set, get),
    ...createPinsSlice(set, get),
    ...createScreensSlice(set, get),
    ...createNoticesSlice(set, get),
    ...createRiskSlice(set, get),
  };
}

export { MAX_PINS, selectPins } from './pins';
export type { Pin, PinSource } from './pins';
export { selectNotice } from './notices';
export type { Notice, NoticeTone } from './notices';
export {
  selectLastRisk,
  selectRiskOverlay,
  selectRiskOverlayShown,
  selectUncertainty,
} from './risk';
export type { LastRisk, OverlayLine, RiskOverlay } from './risk';
export { selectPresentationOpen, selectReportOpen } from './screens';
export { selectSelectedMonth } from './selection';
export { selectIsvPct } from './split-pct';
