import type { SliceCreator } from './slice';

/**
 * The message banner: what the sharing features (links, files, saved scenarios) need to tell the
 * user. View state only: it never enters a link and is not undone with the scenario. What a
 * notice says is kept as keys and values (or the gate's codes) and worded by the banner in the
 * page's language, so the store keeps its body as given; its shape belongs to `ui/sharing`.
 */
export type NoticeTone = 'problem' | 'info';

export interface Notice {
  tone: NoticeTone;
  readonly [part: string]: unknown;
}

export interface NoticesSlice {
  notice: Notice | null;
  showNotice: (notice: Notice) => void;
  /** Shows a gate message as a problem, or clears the banner when there is none. */
  showGateMessage: (message: { wording: unknown } | null) => void;
  dismissNotice: () => void;
}

export const createNoticesSlice: SliceCreator<NoticesSlice> = (set) => ({
  notice: null,
  showNotice: (notice) => set({ notice }),
  showGateMessage: (message) =>
    set({ notice: message ? { tone: 'problem', gate: message.wording } : null }),
  dismissNotice: () => set({ notice: null }),
});

export const selectNotice = (s: NoticesSlice) => s.notice;
