// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PositionChart } from '../../../src/ui/charts/PositionChart';
import { MarginChart } from '../../../src/ui/charts/MarginChart';
import { goldenCase } from './golden-result';

afterEach(cleanup);

const labels = { msp: 'VSHN', isv: 'ISV' };

describe('PositionChart', () => {
  it('states the engine’s break-even months and deepest exposure in its summary', () => {
    const { result, canonical } = goldenCase('01');
    render(<PositionChart result={result} currency="CHF" labels={labels} />);
    const figure = screen.getByTestId('chart-position');
    const summary = figure.querySelector('figcaption')?.textContent ?? '';
    const be = canonical.summary.breakEvenMonth;
    expect(summary).toContain(`VSHN and ISV both break even in month ${be.msp}`);
    expect(be.isv).toBe(be.msp);
    expect(summary).toMatch(/ISV is most exposed in month 11 at CHF\s79['’]828\.74/);
    // The summary is the figure's accessible description.
    expect(figure.getAttribute('aria-describedby')).toBe(figure.querySelector('figcaption')?.id);
  });

  it('names each partner’s own break-even month when they differ', () => {
    const { result } = goldenCase('01');
    const summary = {
      ...result.summary,
      breakEvenMonth: { msp: 24, isv: 26 },
      partnershipBreakEvenMonth: 26,
    };
    render(<PositionChart result={{ ...result, summary }} currency="CHF" labels={labels} />);
    const text = screen.getByTestId('chart-position').textContent ?? '';
    expect(text).toContain('VSHN breaks even in month 24 and ISV in month 26');
    expect(text).toContain('VSHN breaks even · month 24');
  });

  it('says so when nobody breaks even', () => {
    const { result } = goldenCase('05');
    render(<PositionChart result={result} currency="CHF" labels={labels} />);
    expect(screen.getByTestId('chart-position').querySelector('figcaption')?.textContent).toMatch(
      /^Neither partner breaks even within 120 months/,
    );
  });

  it('shows a month’s exact figures from the keyboard, and selects it with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { result, canonical } = goldenCase('01');
    render(
      <PositionChart result={result} currency="CHF" labels={labels} onSelectMonth={onSelect} />,
    );
    await user.tab();
    await user.keyboard('{End}');
    const tip = document.querySelector('.month-tooltip');
    expect(tip?.getAttribute('data-month')).toBe('120');
    const last = canonical.months[119];
    const digits = (s: string) => s.replace(/\u2212/g, '-').replace(/[^0-9-]/g, '');
    const cells = Array.from(tip?.querySelectorAll('td') ?? []).map((td) =>
      digits(td.textContent ?? ''),
    );
    expect(cells).toContain(digits(last?.isv.position ?? 'x'));
    expect(cells).toContain(digits(last?.msp.share ?? 'x'));
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(108);
  });

  it('follows the pointer to the month under it', () => {
    const { result } = goldenCase('01');
    render(<PositionChart result={result} currency="CHF" labels={labels} />);
    const plot = screen.getByRole('group', { name: /arrow keys/ });
    // Default width 720: the plot's left edge is month 1, its right edge month 120.
    fireEvent.pointerMove(plot, { clientX: 0 });
    expect(document.querySelector('.month-tooltip')?.getAttribute('data-month')).toBe('1');
    fireEvent.pointerMove(plot, { clientX: 700 });
    expect(document.querySelector('.month-tooltip')?.getAttribute('data-month')).toBe('120');
    fireEvent.pointerMove(plot, { clientX: 400 });
    const middle = Number(document.querySelector('.month-tooltip')?.getAttribute('data-month'));
    expect(middle).toBeGreaterThan(40);
    expect(middle).toBeLessThan(80);
    fireEvent.pointerLeave(plot);
    expect(document.querySelector('.month-tooltip')).toBeNull();
  });

  it('draws a 6,000-month line with a few points per pixel column, and exact tooltips', async () => {
    const user = userEvent.setup();
    const { result, canonical } = goldenCase('17');
    expect(result.horizonMonths).toBe(6000);
    render(<PositionChart result={result} currency="CHF" labels={labels} />);
    const paths = Array.from(document.querySelectorAll('.visx-line, path.visx-linepath, path'))
      .map((p) => p.getAttribute('d') ?? '')
      .filter((d) => d.split('L').length > 100);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const d of paths) expect(d.split('L').length).toBeLessThanOrEqual(4 * 720);
    await user.tab();
    await user.keyboard('{End}');
    const tip = document.querySelector('.month-tooltip');
    expect(tip?.getAttribute('data-month')).toBe('6000');
    const pos = canonical.months[5999]?.msp.position ?? 'x';
    expect(tip?.textContent?.replace(/\u2212/g, '-').replace(/[^0-9.-]/g, '')).toContain(
      pos.replace('.', '').slice(0, -2),
    );
  });
});

describe('MarginChart', () => {
  it('says from when both partners earn the same margin', () => {
    const { result } = goldenCase('01');
    render(<MarginChart result={result} currency="CHF" labels={labels} />);
    const text = screen.getByTestId('chart-margin').querySelector('figcaption')?.textContent;
    expect(text).toContain(`From month ${result.summary.phaseStartMonth[5]}`);
    expect(text).toContain(`${result.summary.marginAfterPaybackPct.msp}%`);
  });

  it('says so when the partners are never both paid back', () => {
    const { result } = goldenCase('05');
    render(<MarginChart result={result} currency="CHF" labels={labels} />);
    expect(screen.getByTestId('chart-margin').querySelector('figcaption')?.textContent).toMatch(
      /^The margins have not converged: the partners are not both paid back \(phase 5\) within 120 months\./,
    );
  });

  it('shows the month’s exact margin in the tooltip', async () => {
    const user = userEvent.setup();
    const { result, canonical } = goldenCase('01');
    render(<MarginChart result={result} currency="CHF" labels={labels} />);
    await user.tab();
    await user.keyboard('{End}');
    const m = canonical.months[119];
    const share = BigInt((m?.msp.share ?? '1').replace('.', ''));
    const cost = BigInt((m?.msp.cost ?? '0').replace('.', ''));
    const pct = Number(((share - cost) * 1000000n) / share) / 10000;
    expect(document.querySelector('.month-tooltip')?.textContent).toContain(`${pct.toFixed(2)}%`);
  });
});
