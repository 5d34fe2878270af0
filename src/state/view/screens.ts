import type { SliceCreator } from './slice';

/**
 * Whether the presentation view or the report view replaces the page, and whether the report
 * should print once it is drawn. View state: never in a link, never a reason to simulate.
 */
export interface ScreensSlice {
  presentationOpen: boolean;
  enterPresentation: () => void;
  leavePresentation: () => void;

  reportOpen: boolean;
  printWhenReady: boolean;
  openReport: (print: boolean) => void;
  /** The print dialog has been asked for. */
  reportPrinted: () => void;
  closeReport: () => void;
}

export const createScreensSlice: SliceCreator<ScreensSlice> = (set) => ({
  presentationOpen: false,
  enterPresentation: () => set({ presentationOpen: true }),
  leavePresentation: () => set({ presentationOpen: false }),

  reportOpen: false,
  printWhenReady: false,
  openReport: (print) => set({ reportOpen: true, printWhenReady: print }),
  reportPrinted: () => set({ printWhenReady: false }),
  closeReport: () => set({ reportOpen: false, printWhenReady: false }),
});

export const selectPresentationOpen = (s: ScreensSlice) => s.presentationOpen;
export const selectReportOpen = (s: ScreensSlice) => s.reportOpen;
