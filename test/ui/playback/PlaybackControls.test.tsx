// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { breakEvenMarkers } from '../../../src/ui/charts/PositionChart';
import { PlaybackControls } from '../../../src/ui/playback/PlaybackControls';
import { createPlayer } from '../../../src/ui/playback/player';
import type { PlaybackClock } from '../../../src/ui/playback/player';
import { PHASES } from '../../../src/ui/theme/phases';
import { goldenCase } from '../charts/golden-result';

afterEach(cleanup);

const labels = { msp: 'VSHN', isv: 'ISV' };

function setup(reducedMotion = false) {
  let time = 0;
  let pending: (() => void) | null = null;
  const clock: PlaybackClock = {
    now: () => time,
    requestFrame: (cb) => {
      pending = cb;
      return 1;
    },
    cancelFrame: () => {
      pending = null;
    },
  };
  const { result } = goldenCase('01');
  const player = createPlayer(result.horizonMonths, clock);
  render(
    <PlaybackControls
      player={player}
      result={result}
      markers={breakEvenMarkers(result, labels)}
      reducedMotion={reducedMotion}
    />,
  );
  const frame = (ms: number) =>
    act(() => {
      time += ms;
      const cb = pending;
      pending = null;
      cb?.();
    });
  const group = screen.getByTestId('playback');
  const month = () => Number(group.getAttribute('data-month'));
  const playing = () => group.getAttribute('data-playing') === 'true';
  const scrubber = screen.getByRole('slider');
  return { result, player, frame, group, month, playing, scrubber };
}

describe('timeline playback controls', () => {
  it('rests at the last month and starts from month 1 when played', () => {
    const t = setup();
    expect(t.month()).toBe(120);
    fireEvent.click(screen.getByRole('button', { name: /Play from month 1/ }));
    expect(t.playing()).toBe(true);
    expect(t.month()).toBe(1);
    expect(screen.getByRole('button', { name: /Pause/ })).toBeTruthy();
    t.frame(1000);
    expect(t.month()).toBe(11);
  });

  it('names the phase of the current month with its explanation', () => {
    const t = setup();
    fireEvent.change(t.scrubber, { target: { value: '15' } });
    const phase = screen.getByTestId('playback-phase');
    const expected = t.result.phase[14] as 1 | 2 | 3 | 4 | 5;
    expect(phase.getAttribute('data-phase')).toBe(String(expected));
    expect(phase.textContent).toContain(PHASES[expected].name);
    expect(phase.textContent).toContain(PHASES[expected].rule);
    expect(t.scrubber.getAttribute('aria-valuetext')).toBe(
      `Month 15 of 120, phase ${expected}, ${PHASES[expected].name}`,
    );
  });

  it('calls out break-even only once the playhead has reached it', () => {
    const t = setup();
    const be = t.result.summary.breakEvenMonth.msp ?? 0;
    const callouts = () => screen.getByRole('list', { name: /Break-even moments/ }).textContent;
    fireEvent.change(t.scrubber, { target: { value: String(be - 1) } });
    expect(callouts()).toBe('');
    fireEvent.change(t.scrubber, { target: { value: String(be) } });
    expect(callouts()).toBe(`Both break even · month ${be}`);
  });

  it('pauses when scrubbed and plays on from there', () => {
    const t = setup();
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    t.frame(500);
    fireEvent.change(t.scrubber, { target: { value: '60' } });
    expect(t.playing()).toBe(false);
    expect(t.month()).toBe(60);
    fireEvent.click(screen.getByRole('button', { name: /^▶?\s*Play$/ }));
    t.frame(1000);
    expect(t.month()).toBe(70);
  });

  it('answers Space, the arrow keys, Home and End on the scrubber', () => {
    const t = setup();
    fireEvent.keyDown(t.scrubber, { key: 'Home' });
    expect(t.month()).toBe(1);
    fireEvent.keyDown(t.scrubber, { key: 'ArrowRight' });
    expect(t.month()).toBe(2);
    fireEvent.keyDown(t.scrubber, { key: 'ArrowRight', shiftKey: true });
    expect(t.month()).toBe(14);
    fireEvent.keyDown(t.scrubber, { key: 'ArrowLeft' });
    expect(t.month()).toBe(13);
    fireEvent.keyDown(t.scrubber, { key: ' ' });
    expect(t.playing()).toBe(true);
    fireEvent.keyDown(t.scrubber, { key: ' ' });
    expect(t.playing()).toBe(false);
    fireEvent.keyDown(t.scrubber, { key: 'End' });
    expect(t.month()).toBe(120);
  });

  it('plays faster at a higher speed', () => {
    const t = setup();
    fireEvent.change(screen.getByRole('combobox', { name: /Speed/ }), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    t.frame(1000);
    expect(t.month()).toBe(41);
  });

  it('with reduced motion, play shows the end state without animating', () => {
    const t = setup(true);
    fireEvent.keyDown(t.scrubber, { key: 'Home' });
    fireEvent.click(screen.getByRole('button', { name: /Play/ }));
    expect(t.playing()).toBe(false);
    expect(t.month()).toBe(120);
  });
});
