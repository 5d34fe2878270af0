import { useState } from 'react';

/** Where a key moves a chart's cursor over positions 1…count; null: not a cursor key. */
export interface CursorMove {
  /** The new position, or null (Escape: no cursor). */
  to: number | null;
  /** Enter or Space: the position the cursor was on is chosen. */
  select: boolean;
}

export interface CursorKeyOptions {
  /** How far Shift+arrow moves (12: a year of months). */
  big?: number;
  /** Up and Down move too (a chart whose positions run down the page, like the tornado's bars). */
  vertical?: boolean;
}

/**
 * The keyboard of every chart frame: arrows one position (Shift: `big`), Home/End the first and
 * last, Enter/Space select, Escape clears. Any x values work: the frame counts positions, the
 * chart maps them to months, bars or anything else.
 */
export function cursorKey(
  e: { key: string; shiftKey: boolean },
  from: number,
  count: number,
  { big = 12, vertical = false }: CursorKeyOptions = {},
): CursorMove | null {
  const step = e.shiftKey ? big : 1;
  const clamp = (n: number) => Math.min(count, Math.max(1, n));
  const next = vertical ? 'ArrowDown' : '';
  const previous = vertical ? 'ArrowUp' : '';
  switch (e.key) {
    case 'ArrowRight':
    case next:
      return { to: clamp(from + step), select: false };
    case 'ArrowLeft':
    case previous:
      return { to: clamp(from - step), select: false };
    case 'Home':
      return { to: 1, select: false };
    case 'End':
      return { to: count, select: false };
    case 'Enter':
    case ' ':
      return { to: clamp(from), select: true };
    case 'Escape':
      return { to: null, select: false };
    default:
      return null;
  }
}

/**
 * The cursor of a chart frame: the position under the pointer or walked to by keyboard (1-based),
 * and whether the keyboard put it there (the tooltip is then announced).
 */
export function useChartCursor(count: number) {
  const [position, setPosition] = useState<number | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  // A position on a longer chart (the horizon just shrank) is no position of this one.
  const cursor = position !== null && position <= count ? position : null;
  /** Handles a cursor key (see `cursorKey`); returns the move, or null for any other key. */
  const keyDown = (
    e: { key: string; shiftKey: boolean; preventDefault: () => void },
    from: number,
    options?: CursorKeyOptions & { onSelect?: (position: number) => void },
  ): CursorMove | null => {
    const move = cursorKey(e, from, count, options);
    if (!move) return null;
    e.preventDefault();
    if (move.select) options?.onSelect?.(from);
    setKeyboard(true);
    setPosition(move.to);
    return move;
  };
  /** The pointer is over `n` (null: over nothing, or it left). */
  const point = (n: number | null) => {
    setKeyboard(false);
    setPosition(n);
  };
  return { cursor, announce: keyboard, keyDown, point, clear: () => setPosition(null) };
}
