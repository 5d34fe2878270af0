import { create } from 'zustand';

/** Whether the report view replaces the page, and whether it should print once it is drawn. */
export interface ReportState {
  open: boolean;
  printWhenReady: boolean;
  openReport: (print: boolean) => void;
  /** The print dialog has been asked for. */
  printed: () => void;
  close: () => void;
}

export const useReport = create<ReportState>()((set) => ({
  open: false,
  printWhenReady: false,
  openReport: (print) => set({ open: true, printWhenReady: print }),
  printed: () => set({ printWhenReady: false }),
  close: () => set({ open: false, printWhenReady: false }),
}));
