import { describe, expect, it } from 'vitest';
import {
  FULL_PLAY_SECONDS,
  atEnd,
  initialPlayback,
  monthsPerSecond,
  playbackReducer,
  shownMonth,
} from '../../../src/ui/playback/playback-state';
import type { PlaybackAction, PlaybackState } from '../../../src/ui/playback/playback-state';

const run = (s: PlaybackState, ...actions: PlaybackAction[]) => actions.reduce(playbackReducer, s);

describe('timeline playback state', () => {
  it('rests at the last month, so the whole timeline shows before anyone presses play', () => {
    const s = initialPlayback(120);
    expect(shownMonth(s)).toBe(120);
    expect(s.playing).toBe(false);
    expect(atEnd(s)).toBe(true);
  });

  it('starts over from month 1 when play is pressed at the end', () => {
    const s = run(initialPlayback(120), { type: 'play' });
    expect(s.playing).toBe(true);
    expect(shownMonth(s)).toBe(1);
  });

  it('continues from where it was paused', () => {
    const s = run(initialPlayback(120), { type: 'seek', month: 40 }, { type: 'play' });
    expect(shownMonth(s)).toBe(40);
    expect(s.playing).toBe(true);
  });

  it('plays a whole horizon in the same time at 1× and twice as fast at 2×', () => {
    const one = run(initialPlayback(120), { type: 'play' }, { type: 'advance', ms: 6000 });
    // 120 months in FULL_PLAY_SECONDS: 6 s is half of 12 s, so month 1 + 60.
    expect(FULL_PLAY_SECONDS).toBe(12);
    expect(shownMonth(one)).toBe(61);
    const two = run(
      initialPlayback(120),
      { type: 'speed', speed: 2 },
      { type: 'play' },
      { type: 'advance', ms: 3000 },
    );
    expect(shownMonth(two)).toBe(61);
    expect(monthsPerSecond(6000, 0.5)).toBe(250);
  });

  it('stops at the end instead of looping', () => {
    const s = run(initialPlayback(120), { type: 'play' }, { type: 'advance', ms: 60_000 });
    expect(s.playing).toBe(false);
    expect(shownMonth(s)).toBe(120);
    // Time passing after the end changes nothing.
    expect(playbackReducer(s, { type: 'advance', ms: 1000 })).toBe(s);
  });

  it('does not move while paused', () => {
    const s = run(initialPlayback(120), { type: 'play' }, { type: 'advance', ms: 1000 });
    const paused = run(s, { type: 'pause' }, { type: 'advance', ms: 5000 });
    expect(paused.playing).toBe(false);
    expect(paused.position).toBe(s.position);
  });

  it('pauses when the user scrubs or steps, and keeps the playhead inside the horizon', () => {
    const playing = run(initialPlayback(120), { type: 'play' });
    const scrubbed = run(playing, { type: 'seek', month: 30.4 });
    expect(scrubbed.playing).toBe(false);
    expect(shownMonth(scrubbed)).toBe(30);
    expect(shownMonth(run(scrubbed, { type: 'step', months: 1 }))).toBe(31);
    expect(shownMonth(run(scrubbed, { type: 'step', months: -12 }))).toBe(18);
    expect(shownMonth(run(scrubbed, { type: 'seek', month: 500 }))).toBe(120);
    expect(shownMonth(run(scrubbed, { type: 'step', months: -500 }))).toBe(1);
    expect(shownMonth(run(scrubbed, { type: 'home' }))).toBe(1);
    expect(shownMonth(run(scrubbed, { type: 'end' }))).toBe(120);
  });

  it('toggles between playing and paused', () => {
    const s = run(initialPlayback(24), { type: 'toggle' });
    expect(s.playing).toBe(true);
    expect(run(s, { type: 'toggle' }).playing).toBe(false);
  });

  it('shows the end state at once with reduced motion, without animating', () => {
    const s = run(
      initialPlayback(120),
      { type: 'seek', month: 10 },
      { type: 'play', reducedMotion: true },
    );
    expect(s.playing).toBe(false);
    expect(shownMonth(s)).toBe(120);
    const t = run(initialPlayback(120), { type: 'home' }, { type: 'toggle', reducedMotion: true });
    expect(t.playing).toBe(false);
    expect(atEnd(t)).toBe(true);
  });

  it('follows a new horizon: stays at the end when at rest there, clamps the playhead otherwise', () => {
    expect(shownMonth(run(initialPlayback(120), { type: 'horizon', horizon: 240 }))).toBe(240);
    const mid = run(
      initialPlayback(120),
      { type: 'seek', month: 100 },
      { type: 'horizon', horizon: 60 },
    );
    expect(shownMonth(mid)).toBe(60);
    const playing = run(initialPlayback(120), { type: 'play' }, { type: 'horizon', horizon: 240 });
    expect(playing.playing).toBe(true);
    expect(shownMonth(playing)).toBe(1);
  });

  it('has nothing to play over a one-month horizon', () => {
    const s = run(initialPlayback(1), { type: 'play' });
    expect(s.playing).toBe(false);
    expect(shownMonth(s)).toBe(1);
  });
});
