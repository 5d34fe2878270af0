/**
 * Timeline playback as plain data: where the playhead is, whether it runs, how fast. No timers,
 * no DOM: `advance` is told how much time passed, so tests drive it with numbers (the clock is
 * injected in player.ts).
 */

export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * A full play at 1× takes this long whatever the horizon, so ten years and five hundred years
 * both tell their story in a few breaths (a 120-month horizon plays 10 months a second).
 */
export const FULL_PLAY_SECONDS = 12;
/** Very short horizons would otherwise crawl (a 3-month horizon: 4 seconds a month). */
const MIN_MONTHS_PER_SECOND = 1;

export interface PlaybackState {
  horizon: number;
  /** Playhead in months, fractional while running; from 1 to `horizon`. */
  position: number;
  playing: boolean;
  speed: Speed;
}

export type PlaybackAction =
  | { type: 'play'; reducedMotion?: boolean }
  | { type: 'pause' }
  | { type: 'toggle'; reducedMotion?: boolean }
  | { type: 'step'; months: number }
  | { type: 'seek'; month: number }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'speed'; speed: Speed }
  | { type: 'advance'; ms: number }
  | { type: 'horizon'; horizon: number };

/** At rest the whole horizon is shown: the chart is never blank before anyone presses play. */
export function initialPlayback(horizon: number): PlaybackState {
  const h = validHorizon(horizon);
  return { horizon: h, position: h, playing: false, speed: 1 };
}

/** The month drawn up to (whole, 1…horizon). */
export function shownMonth(s: PlaybackState): number {
  return clamp(Math.floor(s.position), 1, s.horizon);
}

/** Whether the playhead stands at the last month. */
export function atEnd(s: PlaybackState): boolean {
  return s.position >= s.horizon;
}

export function monthsPerSecond(horizon: number, speed: Speed): number {
  return Math.max(MIN_MONTHS_PER_SECOND, horizon / FULL_PLAY_SECONDS) * speed;
}

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

export function playbackReducer(s: PlaybackState, a: PlaybackAction): PlaybackState {
  switch (a.type) {
    case 'play':
      // Reduced motion: no animation, the end state at once.
      if (a.reducedMotion) return { ...s, position: s.horizon, playing: false };
      // Playing from the end starts over; from anywhere else it continues.
      return { ...s, position: atEnd(s) ? 1 : s.position, playing: s.horizon > 1 };
    case 'pause':
      return s.playing ? { ...s, playing: false } : s;
    case 'toggle':
      return s.playing
        ? playbackReducer(s, { type: 'pause' })
        : playbackReducer(s, { type: 'play', reducedMotion: a.reducedMotion });
    case 'step':
      // Stepping and scrubbing take the playhead over: playback pauses.
      return { ...s, playing: false, position: clamp(shownMonth(s) + a.months, 1, s.horizon) };
    case 'seek':
      return { ...s, playing: false, position: clamp(Math.round(a.month), 1, s.horizon) };
    case 'home':
      return { ...s, playing: false, position: 1 };
    case 'end':
      return { ...s, playing: false, position: s.horizon };
    case 'speed':
      return { ...s, speed: a.speed };
    case 'advance': {
      if (!s.playing || !(a.ms > 0)) return s;
      const position = s.position + (a.ms / 1000) * monthsPerSecond(s.horizon, s.speed);
      // It stops at the end rather than looping: the last frame is the story's conclusion.
      if (position >= s.horizon) return { ...s, position: s.horizon, playing: false };
      return { ...s, position };
    }
    case 'horizon': {
      const horizon = validHorizon(a.horizon);
      if (horizon === s.horizon) return s;
      // At rest at the end (the usual case) it stays at the end of the new horizon.
      if (atEnd(s) && !s.playing) return { ...s, horizon, position: horizon };
      const position = clamp(s.position, 1, horizon);
      return { ...s, horizon, position, playing: s.playing && position < horizon };
    }
    default:
      return a satisfies never;
  }
}

function validHorizon(h: number): number {
  return Number.isFinite(h) ? Math.max(1, Math.floor(h)) : 1;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
