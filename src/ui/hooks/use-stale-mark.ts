import { useEffect, useState } from 'react';
import { selectIsUpdating, useAppStoreApi } from '../../state';
import { STALE_MARK_DELAY_MS } from './use-delayed-flag';

/**
 * True while a newer run is pending and has been for `STALE_MARK_DELAY_MS`; false at once when it
 * answers. Most runs answer within a frame or two: marking the figures "updating" for those would
 * make them flicker on every keystroke and re-render the charts twice per change.
 *
 * It follows the store outside React and sets state only when the mark itself changes, so a
 * quick run re-renders nothing (subscribing to `selectIsUpdating` directly would re-render the
 * whole results panel twice per keystroke even when the mark never shows).
 */
export function useStaleMark(): boolean {
  const store = useAppStoreApi();
  const [marked, setMarked] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = (updating: boolean) => {
      if (!updating) {
        clearTimeout(timer);
        timer = undefined;
        setMarked(false);
      } else if (timer === undefined) {
        timer = setTimeout(() => setMarked(true), STALE_MARK_DELAY_MS);
      }
    };
    follow(selectIsUpdating(store.getState()));
    const unsubscribe = store.subscribe((state) => follow(selectIsUpdating(state)));
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store]);
  return marked;
}
