import { useEffect, useState, useSyncExternalStore } from 'react';
import { atEnd, shownMonth } from './playback-state';
import { createPlayer } from './player';
import type { PlaybackClock, Player } from './player';

/** One player per chart, following the result's horizon; paused when the chart goes away. */
export function usePlayer(horizon: number, clock?: PlaybackClock): Player {
  const [player] = useState(() => createPlayer(horizon, clock));
  useEffect(() => player.dispatch({ type: 'horizon', horizon }), [player, horizon]);
  useEffect(() => () => player.dispose(), [player]);
  return player;
}

/** The whole playback state: re-renders on every frame while playing (the controls). */
export function usePlaybackState(player: Player) {
  return useSyncExternalStore(player.subscribe, player.getState);
}

/**
 * The month the chart draws up to, or null for the whole drawing (playback at rest at the end).
 * Re-renders when it changes, not on every frame (the chart).
 */
export function usePlayhead(player: Player): number | null {
  return useSyncExternalStore(player.subscribe, () => {
    const s = player.getState();
    return atEnd(s) ? null : shownMonth(s);
  });
}
