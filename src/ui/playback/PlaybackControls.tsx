import { useEffect, useId } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';
import type { SimulationResult } from '../../engine/index';
import type { MonthMarker } from '../charts/chart-layers';
import { atEnd, isSpeed, shownMonth, SPEEDS } from './playback-state';
import type { PlaybackAction } from './playback-state';
import { monthValueText, phaseAt, reachedMarkers } from './playback-text';
import type { Player } from './player';
import { usePlaybackState } from './use-player';
import { useT } from '../i18n';
import type { Translate } from '../i18n';
import './playback.css';

export interface PlaybackControlsProps {
  player: Player;
  result: SimulationResult;
  /** Break-even moments, called out once the playhead reaches them. */
  markers: readonly MonthMarker[];
  reducedMotion: boolean;
  /**
   * Also answer the keys when focus is on no control at all (the presentation view, where a
   * presenter's clicker sends arrow and page keys to the document).
   */
  globalKeys?: boolean;
}

/** Keys on the scrubber and the play button. Space plays/pauses; arrows step (Shift: a year). */
function keyAction(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  reducedMotion: boolean,
): PlaybackAction | null {
  const year = e.shiftKey ? 12 : 1;
  switch (e.key) {
    case ' ':
      return { type: 'toggle', reducedMotion };
    case 'ArrowRight':
    case 'ArrowUp':
      return { type: 'step', months: year };
    case 'ArrowLeft':
    case 'ArrowDown':
      return { type: 'step', months: -year };
    case 'PageUp':
      return { type: 'step', months: 12 };
    case 'PageDown':
      return { type: 'step', months: -12 };
    case 'Home':
      return { type: 'home' };
    case 'End':
      return { type: 'end' };
    default:
      return null;
  }
}

/** Focus is on nothing that uses keys itself: the page, a dialog, plain text. */
function isBackground(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true;
  if (target.isContentEditable) return false;
  return !target.closest('button, input, select, textarea, a[href], [tabindex]');
}

function playLabel(playing: boolean, end: boolean, t: Translate): string {
  if (playing) return t('playback.pause');
  return end ? t('playback.playAgain') : t('playback.play');
}

/**
 * Play, pause, speed and a scrubber for the revenue-sharing timeline, with the phase of the month
 * shown and the break-even moments reached so far. The chart draws up to the same month.
 */
export function PlaybackControls(props: PlaybackControlsProps) {
  const { player, result, markers, reducedMotion, globalKeys = false } = props;
  const state = usePlaybackState(player);
  const id = useId();
  const t = useT();
  const month = shownMonth(state);
  const phase = phaseAt(result, month);
  const reached = reachedMarkers(markers, month);
  const dispatch = player.dispatch;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The speed list keeps its own keys.
    if (e.target instanceof HTMLSelectElement) return;
    const action = keyAction(e, reducedMotion);
    if (!action) return;
    e.preventDefault();
    dispatch(action);
  };
  useEffect(() => {
    if (!globalKeys) return;
    const onDocumentKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (!isBackground(e.target)) return;
      const action = keyAction(e, reducedMotion);
      if (!action) return;
      e.preventDefault();
      player.dispatch(action);
    };
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, [globalKeys, player, reducedMotion]);
  const onSpeed = (e: ChangeEvent<HTMLSelectElement>) => {
    const speed = Number(e.target.value);
    if (isSpeed(speed)) dispatch({ type: 'speed', speed });
  };

  return (
    <div
      className="playback"
      role="group"
      aria-label={t('playback.group')}
      data-testid="playback"
      data-month={month}
      data-playing={state.playing}
      onKeyDown={onKeyDown}
    >
      <div className="playback__bar">
        <button
          type="button"
          className="button playback__play"
          aria-keyshortcuts="Space"
          onClick={() => dispatch({ type: 'toggle', reducedMotion })}
        >
          <span aria-hidden="true" className="playback__icon">
            {state.playing ? '❚❚' : '▶'}
          </span>{' '}
          {playLabel(state.playing, atEnd(state), t)}
        </button>
        <label className="playback__scrub" htmlFor={`${id}-month`}>
          <span className="playback__month">
            {t('playback.month', { month, months: result.horizonMonths })}
          </span>
          <input
            id={`${id}-month`}
            type="range"
            min={1}
            max={result.horizonMonths}
            step={1}
            value={month}
            aria-valuetext={monthValueText(result, month)}
            aria-keyshortcuts="Space ArrowLeft ArrowRight Home End"
            onChange={(e) => dispatch({ type: 'seek', month: Number(e.target.value) })}
          />
        </label>
        <label className="playback__speed">
          {t('playback.speed')}{' '}
          <select value={String(state.speed)} onChange={onSpeed}>
            {SPEEDS.map((s) => (
              <option key={s} value={String(s)}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="playback__phase" data-testid="playback-phase" data-phase={phase.phase}>
        <span
          className="playback__phase-name"
          style={{ background: phase.fill, borderColor: phase.edge }}
        >
          {t('phase.title', { phase: phase.phase, name: phase.name })}
        </span>{' '}
        {phase.rule}
      </p>
      <ul className="playback__callouts" aria-live="polite" aria-label={t('playback.reached')}>
        {reached.map((m) => (
          <li key={`${m.month}-${m.label}`} style={{ borderColor: m.color }}>
            {m.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
