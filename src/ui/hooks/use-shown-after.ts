import { useEffect, useState } from 'react';

/**
 * `flag`, but true only once it has stayed true for `delayMs`; false again at once. Work that
 * answers sooner shows nothing, so quick runs do not flash a progress bar.
 */
export function useShownAfter(flag: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => {
    if (!flag) return;
    const timer = setTimeout(() => setElapsed(true), delayMs);
    return () => {
      clearTimeout(timer);
      setElapsed(false);
    };
  }, [flag, delayMs]);
  return flag && elapsed;
}
