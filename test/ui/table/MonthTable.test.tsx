// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario, simulate, toCanonical } from '../../../src/engine/index';
import type { CanonicalMonth, Scenario } from '../../../src/engine/index';
import { formatMoney } from '../../../src/ui/format/money';
import { MonthTable } from '../../../src/ui/table/MonthTable';
import { goldenVectors } from '../../golden';
import { renderWithStore } from '../render-with-store';

function golden(prefix: string, changes: Record<string, unknown> = {}): Scenario {
  const v = goldenVectors().find((g) => g.file.startsWith(prefix));
  if (!v) throw new Error(`golden vector ${prefix} missing`);
  return parseScenario({ ...(v.scenario as object), ...changes });
}

const long = golden('17'); // 6000 months
const longResult = simulate(long);
const longMonths = toCanonical(longResult).months;

const renderedMonths = () =>
  [...document.querySelectorAll<HTMLElement>('tr[data-month]')].map((r) => Number(r.dataset.month));
const row = (month: number) => document.querySelector<HTMLElement>(`tr[data-month="${month}"]`);
const cells = (month: number) =>
  [...(row(month)?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent);

/** The row as the table should show it, built from the engine's canonical month. */
function expectedCells(m: CanonicalMonth, currency: string, phaseName: string): string[] {
  const money = (t: string) => formatMoney(t, currency);
  const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "'");
  const [whole = '', frac = ''] = m.instances.split('.');
  return [
    String(m.month),
    `${m.phase} · ${phaseName}`,
    `${grouped(Number(whole))}.${frac}`,
    grouped(m.billedInstances),
    money(m.price),
    money(m.revenue),
    ...(['msp', 'isv'] as const).flatMap((p) => [
      money(m[p].cost),
      money(m[p].share),
      money(m[p].position),
    ]),
  ];
}

/** Cells of a row without the three breakdown columns per partner, to compare with canonical months. */
const withoutBreakdown = (c: (string | null)[]) => [...c.slice(0, 9), ...c.slice(12, 15)];

afterEach(cleanup);

describe('MonthTable', () => {
  it('renders only a window of a 6000-month table, with the full row count announced', () => {
    renderWithStore(<MonthTable result={longResult} scenario={long} height={480} />);
    const months = renderedMonths();
    expect(months[0]).toBe(1);
    expect(months.length).toBeGreaterThan(10);
    expect(months.length).toBeLessThan(40);
    expect(screen.getByRole('grid').getAttribute('aria-rowcount')).toBe('6001');
    expect(row(1)?.getAttribute('aria-rowindex')).toBe('2');
  });

  it("jumps to month 6000 and shows that row with the engine's values", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    await user.type(screen.getByLabelText('Jump to month'), '6000');
    await user.click(screen.getByRole('button', { name: 'Go' }));

    expect(store.getState().selectedMonth).toBe(6000);
    const last = longMonths[5999];
    if (!last) throw new Error('no month 6000');
    expect(row(6000)?.getAttribute('aria-selected')).toBe('true');
    expect(row(6000)?.getAttribute('aria-rowindex')).toBe('6001');
    expect(withoutBreakdown(cells(6000))).toEqual(
      expectedCells(last, long.currency, 'Net positive'),
    );
    expect(renderedMonths().length).toBeLessThan(40);
    expect(row(1)).toBeNull();
  });

  it('refuses a month outside the horizon with a message', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    await user.type(screen.getByLabelText('Jump to month'), '6001');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a month from 1 to 6000.');
    expect(store.getState().selectedMonth).toBeNull();
  });

  it('highlights and brings into view a month selected elsewhere (a chart)', () => {
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    expect(row(3000)).toBeNull();
    act(() => store.getState().selectMonth(3000));
    expect(row(3000)?.getAttribute('aria-selected')).toBe('true');
    expect(row(3000)?.className).toContain('month-table__row--selected');
    expect(row(2999)?.getAttribute('aria-selected')).toBe('false');
    expect(document.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);
  });

  it('selects the month of a clicked row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    const cell = row(5)?.querySelector('td.month-table__num');
    if (!cell) throw new Error('row 5 not rendered');
    await user.click(cell);
    expect(store.getState().selectedMonth).toBe(5);
    expect(row(5)?.getAttribute('aria-selected')).toBe('true');
  });

  it('moves the selection and the focus with the arrow, page and End keys', () => {
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    const first = row(1);
    if (!first) throw new Error('row 1 not rendered');
    expect(first.tabIndex).toBe(0);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(store.getState().selectedMonth).toBe(2);
    expect(document.activeElement).toBe(row(2));
    fireEvent.keyDown(row(2) as HTMLElement, { key: 'PageDown' });
    expect(store.getState().selectedMonth).toBe(15);
    expect(document.activeElement).toBe(row(15));
    fireEvent.keyDown(row(15) as HTMLElement, { key: 'End' });
    expect(store.getState().selectedMonth).toBe(6000);
    expect(document.activeElement).toBe(row(6000));
    expect(row(6000)?.tabIndex).toBe(0);
    fireEvent.keyDown(row(6000) as HTMLElement, { key: 'ArrowDown' });
    expect(store.getState().selectedMonth).toBe(6000);
    fireEvent.keyDown(row(6000) as HTMLElement, { key: 'Home' });
    expect(document.activeElement).toBe(row(1));
  });

  it('keeps focus in the table when the focused row scrolls out of the window', () => {
    const { store } = renderWithStore(
      <MonthTable result={longResult} scenario={long} height={480} />,
    );
    const first = row(1);
    if (!first) throw new Error('row 1 not rendered');
    first.focus();
    fireEvent.focus(first);
    act(() => store.getState().selectMonth(4000));
    expect(row(1)).toBeNull();
    expect(document.activeElement?.className).toBe('month-table__scroller');
  });

  it('marks the first month of each new phase', () => {
    const scenario = golden('01');
    renderWithStore(<MonthTable result={simulate(scenario)} scenario={scenario} height={2000} />);
    const starts = [...document.querySelectorAll<HTMLElement>('.month-table__row--phase-start')];
    expect(starts.map((r) => Number(r.dataset.month))).toEqual([7, 12, 21, 27]);
    expect(row(12)?.textContent).toContain('3 · Unequal investments (phase begins)');
    expect(row(13)?.textContent).not.toContain('phase begins');
  });

  it('shows partner labels as text, never as markup', () => {
    const scenario = golden('01', {
      msp: { ...(golden('01').msp as object), label: '<img src=x onerror=alert(1)>' },
    });
    renderWithStore(<MonthTable result={simulate(scenario)} scenario={scenario} height={480} />);
    expect(
      screen.getByRole('columnheader', { name: '<img src=x onerror=alert(1)> Cost' }),
    ).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('a shorter result (the horizon shrinks)', () => {
  it('renders only the months of the new result, scrolled anywhere, without throwing', () => {
    const short = simulate(golden('17', { horizonMonths: 12 }));
    const { rerender, store } = renderWithStore(<MonthTable result={longResult} scenario={long} />);
    const scroller = document.querySelector<HTMLElement>('.month-table__scroller');
    if (!scroller) throw new Error('no scroller');
    // Scrolled deep into the long result: its window holds months far past the new horizon.
    act(() => {
      scroller.scrollTop = 32 * 3000;
      fireEvent.scroll(scroller);
    });
    act(() => store.getState().selectMonth(4000));
    expect(() => rerender(<MonthTable result={short} scenario={long} />)).not.toThrow();
    expect(Math.max(...renderedMonths())).toBeLessThanOrEqual(12);
    expect(row(12)).not.toBeNull();
  });
});
