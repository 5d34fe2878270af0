// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExplainPanel } from '../../../src/ui/explain/ExplainPanel';
import { formatMoney } from '../../../src/ui/format/money';
import { goldenCase } from '../charts/golden-result';
import { renderWithStore } from '../render-with-store';

const labels = { msp: 'VSHN', isv: 'ISV' };

afterEach(cleanup);

describe('ExplainPanel', () => {
  it('stays closed until a month is selected', () => {
    const { result } = goldenCase('01');
    renderWithStore(<ExplainPanel result={result} labels={labels} currency="CHF" />);
    expect(screen.queryByTestId('explain-panel')).toBeNull();
  });

  it('explains the selected month with the canonical figures', () => {
    const { result, canonical } = goldenCase('01');
    const { store } = renderWithStore(
      <ExplainPanel result={result} labels={labels} currency="CHF" />,
    );
    const month = canonical.months.find((m) => m.phase === 3);
    if (!month) throw new Error('golden 01 has a phase-3 month');
    act(() => store.getState().selectMonth(month.month));
    const panel = screen.getByTestId('explain-panel');
    expect(panel.getAttribute('data-month')).toBe(String(month.month));
    expect(screen.getByRole('heading', { name: `Month ${month.month} explained` })).toBeTruthy();
    expect(screen.getByTestId('explain-after-isv').textContent).toBe(
      formatMoney(month.isv.position, 'CHF'),
    );
    expect(panel.textContent).toContain(formatMoney(month.revenue, 'CHF'));
    // In the default example the ISV has lost more, so the catch-up goes to the ISV.
    const catchUp = panel.querySelector('[data-step="catchUp"]')?.textContent ?? '';
    expect(catchUp).toMatch(/so ISV gets CHF/);
  });

  it('walks the months with the buttons and the arrow keys, and closes with Escape', async () => {
    const user = userEvent.setup();
    const { result } = goldenCase('01');
    const { store } = renderWithStore(
      <ExplainPanel result={result} labels={labels} currency="CHF" />,
    );
    act(() => store.getState().selectMonth(10));
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(store.getState().selectedMonth).toBe(11);
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(store.getState().selectedMonth).toBe(9);
    const panel = screen.getByTestId('explain-panel');
    fireEvent.keyDown(panel, { key: 'ArrowRight' });
    expect(store.getState().selectedMonth).toBe(10);
    fireEvent.keyDown(panel, { key: 'ArrowLeft' });
    expect(store.getState().selectedMonth).toBe(9);
    fireEvent.keyDown(panel, { key: 'Escape' });
    expect(store.getState().selectedMonth).toBeNull();
    expect(screen.queryByTestId('explain-panel')).toBeNull();
  });

  it('takes focus when it opens, so keyboard users land in it', () => {
    const { result } = goldenCase('01');
    const { store } = renderWithStore(
      <ExplainPanel result={result} labels={labels} currency="CHF" />,
    );
    act(() => store.getState().selectMonth(30));
    expect(document.activeElement).toBe(screen.getByTestId('explain-panel'));
  });

  it('cannot step before month 1 or past the horizon', () => {
    const { result } = goldenCase('01');
    const { store } = renderWithStore(
      <ExplainPanel result={result} labels={labels} currency="CHF" />,
    );
    act(() => store.getState().selectMonth(1));
    const prev = screen.getByRole('button', { name: 'Previous month' }) as HTMLButtonElement;
    expect(prev.disabled).toBe(true);
    act(() => store.getState().selectMonth(result.horizonMonths));
    const next = screen.getByRole('button', { name: 'Next month' }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    expect(screen.getByTestId('explain-panel').textContent).toContain(
      'This is the last simulated month.',
    );
  });
});
