import type { SliceCreator } from './slice';

/**
 * The message banner: what the sharing features (links, files, saved scenarios) need to tell the
 * user. View state only: it never enters a link and is not undone with the scenario.
 */
export type NoticeTone = 'problem' | 'info';

/** What a notice says (the gate's messages have this shape). */
export interface NoticeText {
  /** One sentence: what happened and what the app did. */
  summary: string;
  details: readonly string[];
}

export interface Notice extends NoticeText {
  tone: NoticeTone;
}

export interface NoticesSlice {
  notice: Notice | null;
  showNotice: (notice: Notice) => void;
  /** Shows a gate message as a problem, or clears the banner when there is none. */
  showGateMessage: (message: NoticeText | null) => void;
  dismissNotice: () => void;
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set) => ({
  notice: null,
  showNotice: (notice) => set({ notice }),
  showGateMessage: (message) => set({ notice: message ? { tone: 'problem', ...message } : null }),
  dismissNotice: () => set({ notice: null }),
});

export const selectNotice = (s: NoticesSlice) => s.notice;
