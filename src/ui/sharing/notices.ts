import { create } from 'zustand';
import type { GateMessage } from '../../url/messages';

/**
 * The message banner's state: what the sharing features (links, files, saved scenarios) need to
 * tell the user. View state only, so it lives apart from the app store and never enters a link.
 */
export type NoticeTone = 'problem' | 'info';

export interface Notice {
  tone: NoticeTone;
  summary: string;
  details: readonly string[];
}

export interface NoticeState {
  notice: Notice | null;
  show: (notice: Notice) => void;
  /** Shows a gate message as a problem, or clears the banner when there is none. */
  showGateMessage: (message: GateMessage | null) => void;
  dismiss: () => void;
}

export const useNotices = create<NoticeState>()((set) => ({
  notice: null,
  show: (notice) => set({ notice }),
  showGateMessage: (message) => set({ notice: message ? { tone: 'problem', ...message } : null }),
  dismiss: () => set({ notice: null }),
}));
