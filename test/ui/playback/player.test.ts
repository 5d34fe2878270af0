import { describe, expect, it } from 'vitest';
import { shownMonth } from '../../../src/ui/playback/playback-state';
import { createPlayer } from '../../../src/ui/playback/player';
import type { PlaybackClock } from '../../../src/ui/playback/player';

/** A clock driven by hand: `frame(ms)` lets ms pass and runs the pending frame callbacks. */
function manualClock() {
  let time = 1000;
  let nextId = 1;
  const pending = new Map<number, () => void>();
  const clock: PlaybackClock = {
    now: () => time,
    requestFrame: (cb) => {
      pending.set(nextId, cb);
      return nextId++;
    },
    cancelFrame: (id) => {
      pending.delete(id);
    },
  };
  const frame = (ms: number) => {
    time += ms;
    const cbs = [...pending.values()];
    pending.clear();
    for (const cb of cbs) cb();
  };
  return { clock, frame, pendingFrames: () => pending.size, wait: (ms: number) => (time += ms) };
}

describe('the player on an injected clock', () => {
  it('advances by the time between frames while playing', () => {
    const c = manualClock();
    const player = createPlayer(120, c.clock);
    player.dispatch({ type: 'play' });
    expect(shownMonth(player.getState())).toBe(1);
    c.frame(1000); // 10 months a second at 1×
    expect(shownMonth(player.getState())).toBe(11);
    c.frame(500);
    expect(shownMonth(player.getState())).toBe(16);
  });

  it('counts from the moment play is pressed, not from an earlier frame', () => {
    const c = manualClock();
    const player = createPlayer(120, c.clock);
    c.wait(60_000);
    player.dispatch({ type: 'play' });
    c.frame(100);
    expect(shownMonth(player.getState())).toBe(2);
  });

  it('reaches the end, stops and requests no more frames', () => {
    const c = manualClock();
    const player = createPlayer(120, c.clock);
    player.dispatch({ type: 'play' });
    for (let i = 0; i < 20; i++) c.frame(1000);
    expect(player.getState().playing).toBe(false);
    expect(shownMonth(player.getState())).toBe(120);
    expect(c.pendingFrames()).toBe(0);
  });

  it('requests no frames while paused and resumes where it stopped', () => {
    const c = manualClock();
    const player = createPlayer(120, c.clock);
    player.dispatch({ type: 'play' });
    c.frame(2000);
    player.dispatch({ type: 'pause' });
    expect(c.pendingFrames()).toBe(0);
    c.wait(10_000);
    player.dispatch({ type: 'play' });
    c.frame(1000);
    expect(shownMonth(player.getState())).toBe(31);
  });

  it('tells subscribers about each change and stops on dispose', () => {
    const c = manualClock();
    const player = createPlayer(60, c.clock);
    let calls = 0;
    const unsubscribe = player.subscribe(() => calls++);
    player.dispatch({ type: 'play' });
    c.frame(100);
    expect(calls).toBe(2);
    player.dispose();
    expect(calls).toBe(3); // the pause
    expect(player.getState().playing).toBe(false);
    expect(c.pendingFrames()).toBe(0);
    unsubscribe();
    player.dispatch({ type: 'home' });
    expect(calls).toBe(3);
  });
});
