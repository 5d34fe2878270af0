import { initialPlayback, playbackReducer } from './playback-state';
import type { PlaybackAction, PlaybackState } from './playback-state';

/** Time and frames, injected: the browser's in the app, a hand-driven one in tests. */
export interface PlaybackClock {
  now(): number;
  requestFrame(callback: () => void): number;
  cancelFrame(id: number): void;
}

export const browserClock: PlaybackClock = {
  now: () => performance.now(),
  requestFrame: (cb) => requestAnimationFrame(cb),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

export interface Player {
  getState(): PlaybackState;
  dispatch(action: PlaybackAction): void;
  /** For useSyncExternalStore: called after every change. */
  subscribe(listener: () => void): () => void;
  /** Pauses and stops the frame loop (unmount); the player can be used again afterwards. */
  dispose(): void;
}

/**
 * Runs the playback state on a frame loop: while playing, each frame advances the playhead by the
 * time since the previous frame. A frame is requested only while playing, so a paused or finished
 * player costs nothing.
 */
export function createPlayer(horizon: number, clock: PlaybackClock = browserClock): Player {
  let state = initialPlayback(horizon);
  const listeners = new Set<() => void>();
  let frame: number | null = null;
  let last = 0;

  const set = (next: PlaybackState) => {
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  };

  const onFrame = () => {
    frame = null;
    const now = clock.now();
    const ms = now - last;
    last = now;
    set(playbackReducer(state, { type: 'advance', ms }));
    schedule();
  };

  const schedule = () => {
    if (state.playing && frame === null) frame = clock.requestFrame(onFrame);
    if (!state.playing && frame !== null) {
      clock.cancelFrame(frame);
      frame = null;
    }
  };

  return {
    getState: () => state,
    dispatch(action) {
      const wasPlaying = state.playing;
      set(playbackReducer(state, action));
      // Time starts counting when play is pressed, not at the previous (long gone) frame.
      if (state.playing && !wasPlaying) last = clock.now();
      schedule();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      set(playbackReducer(state, { type: 'pause' }));
      schedule();
    },
  };
}
