/**
 * Where the month explanation goes so that it never covers what it explains: the chart or the
 * table row the month was picked from stays in view.
 *
 * - 'left': over the inputs column, when what was picked lies clear of it;
 * - 'docked': on the right, with the page narrowed beside it (so a full-width table row or a
 *   chart under the left strip stays whole);
 * - 'sheet': on narrow screens a sheet at the bottom, with room below the page and the picked
 *   row or chart scrolled above it.
 */
export type Placement = 'left' | 'docked' | 'sheet';

/** Panel width plus its margins (27rem + 2 × 1rem). */
const PANEL_REM = 29;

export function choosePlacement(origin: Element | null, viewport: number, rem: number): Placement {
  const panel = PANEL_REM * rem;
  // The page needs at least about twice the panel's width to stay readable beside it.
  if (viewport < 2 * panel) return 'sheet';
  if (!origin || origin === document.body) return 'left';
  if (origin.closest('.months-section')) return 'docked';
  return origin.getBoundingClientRect().left >= panel ? 'left' : 'docked';
}

/** The class on <html> that makes room for the panel (none over the inputs column). */
export const ROOM_CLASS: Record<Placement, string | null> = {
  left: null,
  docked: 'explain-docked',
  sheet: 'explain-sheet',
};
