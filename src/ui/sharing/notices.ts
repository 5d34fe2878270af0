import { create } from 'zustand';
import type { GateMessage, GateWording } from '../../url/messages';
import type { Words } from './words';

/**
 * The message banner's state: what the sharing features (links, files, saved scenarios) need to
 * tell the user. View state only, so it lives apart from the app store and never enters a link.
 * Messages are kept as keys and values (or the gate's codes), worded by the banner.
 */
export type NoticeTone = 'problem' | 'info';

export type Notice =
  | { tone: NoticeTone; summary: Words; details: readonly Words[] }
  | { tone: NoticeTone; gate: GateWording };

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
  showGateMessage: (message) =>
    set({ notice: message ? { tone: 'problem', gate: message.wording } : null }),
  dismiss: () => set({ notice: null }),
}));
