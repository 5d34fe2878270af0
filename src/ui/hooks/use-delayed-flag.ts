import { useEffect, useState } from 'react';

/** Runs answering sooner than this are not marked as updating. */
export const STALE_MARK_DELAY_MS = 200;

/**
 * `flag`, but turning true only after it has stayed true for `delayMs`; it turns false at once.
 * Most runs answer within a frame or two: marking the figures "updating" for those would make
 * them flicker on every keystroke and re-render the charts twice per change; a progress bar for
 * work that answers sooner would only flash.
 */
export function useDelayedFlag(flag: boolean, delayMs: number): boolean {
  const [delayed, setDelayed] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setDelayed(true), delayMs);
    return () => {
      clearTimeout(timer);
      setDelayed(false);
    };
  }, [flag, delayMs]);
  return flag && delayed;
}
