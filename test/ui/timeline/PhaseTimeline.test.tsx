// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PhaseTimeline } from '../../../src/ui/timeline/PhaseTimeline';
import { phaseSegments, phaseStartMonths } from '../../../src/ui/timeline/segments';
import { PHASES } from '../../../src/ui/theme/phases';
import { goldenCase } from '../charts/golden-result';

afterEach(cleanup);

describe('phaseSegments', () => {
  it('turns the phase column into runs, keeping phases that recur', () => {
    const segs = phaseSegments(Uint8Array.from([1, 1, 3, 2, 3, 3, 5]));
    expect(segs).toEqual([
      { phase: 1, startMonth: 1, endMonth: 2 },
      { phase: 3, startMonth: 3, endMonth: 3 },
      { phase: 2, startMonth: 4, endMonth: 4 },
      { phase: 3, startMonth: 5, endMonth: 6 },
      { phase: 5, startMonth: 7, endMonth: 7 },
    ]);
    expect(phaseStartMonths(segs)).toEqual({ 1: 1, 2: 4, 3: 3, 4: null, 5: 7 });
  });
});

describe('PhaseTimeline', () => {
  it('lists every start month of a phase that recurs', () => {
    render(<PhaseTimeline phase={Uint8Array.from([1, 2, 3, 2, 3, 5])} goLiveMonth={2} />);
    const legend = screen.getByRole('list', { name: 'Phase start months' });
    expect(legend.textContent).toContain('2 Cash-flow negative: months 2, 4');
    expect(legend.textContent).toContain('3 Unequal investments: months 3, 5');
  });

  const { result } = goldenCase('01');

  it('shows one band per phase run with the month it starts', () => {
    render(<PhaseTimeline phase={result.phase} goLiveMonth={7} />);
    const bands = screen.getAllByRole('button');
    expect(bands.map((b) => b.dataset.startMonth)).toEqual(['1', '7', '12', '21', '27']);
    // Named by what it shows (axe's label-content-name-mismatch): the visible text is in the name.
    expect(bands[2]?.getAttribute('aria-label')).toBeNull();
    expect(screen.getByRole('button', { name: 'Phase 3: Unequal investments from month 12' })).toBe(
      bands[2],
    );
    const legend = screen.getByRole('list', { name: 'Phase start months' });
    expect(legend.textContent).toContain('4 Aligned investments: month 21');
  });

  it('explains a band in a tooltip when it gets keyboard focus, and Escape closes it', async () => {
    const user = userEvent.setup();
    render(<PhaseTimeline phase={result.phase} goLiveMonth={7} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const band = screen.getAllByRole('button')[2];
    expect(document.activeElement).toBe(band);
    const tip = screen.getByRole('tooltip');
    expect(band?.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain(PHASES[3].rule);
    expect(tip.textContent).toContain('Months 12–20, starting in month 6 of operation');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('explains a band on hover, without a title attribute', () => {
    render(<PhaseTimeline phase={result.phase} goLiveMonth={7} />);
    const band = screen.getAllByRole('button')[4];
    fireEvent.mouseEnter(band?.parentElement as HTMLElement);
    expect(screen.getByRole('tooltip').textContent).toContain(PHASES[5].rule);
    expect(band?.hasAttribute('title')).toBe(false);
    fireEvent.mouseLeave(band?.parentElement as HTMLElement);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('marks the selected month along the bands', () => {
    const { container } = render(
      <PhaseTimeline phase={result.phase} goLiveMonth={7} selectedMonth={60} />,
    );
    const marker = container.querySelector<HTMLElement>('.phase-timeline__marker');
    expect(marker?.style.left).toBe(`${(59.5 / 120) * 100}%`);
    cleanup();
    const { container: none } = render(<PhaseTimeline phase={result.phase} goLiveMonth={7} />);
    expect(none.querySelector('.phase-timeline__marker')).toBeNull();
  });

  it('is one tab stop, and selects the month a band starts when clicked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<PhaseTimeline phase={result.phase} goLiveMonth={7} onSelectMonth={onSelect} />);
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    await user.click(screen.getAllByRole('button')[3] as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith(21);
  });
});

describe('phase palette', () => {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it('gives dark text AA contrast on every phase fill and edges 3:1 against white', () => {
    for (const info of Object.values(PHASES)) {
      expect(contrast('#1b1b1b', info.fill)).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#ffffff', info.edge)).toBeGreaterThanOrEqual(3);
    }
  });
});
