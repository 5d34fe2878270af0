import { selectNotice, useAppState } from '../../state';
import type { GateWording } from '../../url/messages';
import type { Words } from './words';

/**
 * What the banner says: keys and values, or the gate's codes, worded when shown. The store's
 * notices slice keeps them as given; this is their shape.
 */
export type NoticeTone = 'problem' | 'info';

export type Notice =
  | { tone: NoticeTone; summary: Words; details: readonly Words[] }
  | { tone: NoticeTone; gate: GateWording };

/** The banner's notice, as the sharing features put it there. */
export function useNotice(): Notice | null {
  // The only writers are showNotice with a Notice and showGateMessage with the gate's wording.
  return useAppState(selectNotice) as Notice | null;
}

/** Shows a notice of this shape. */
export function useShowNotice(): (notice: Notice) => void {
  return useAppState((s) => s.showNotice);
}
