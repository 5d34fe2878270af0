// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { tableMonths } from '../../../src/ui/charts/chart-table';
import { InstancesChart } from '../../../src/ui/charts/InstancesChart';
import { MarginChart } from '../../../src/ui/charts/MarginChart';
import { PositionChart } from '../../../src/ui/charts/PositionChart';
import { RevenueSplitChart } from '../../../src/ui/charts/RevenueSplitChart';
import { goldenCase } from './golden-result';

afterEach(cleanup);

const labels = { msp: 'VSHN', isv: 'ISV' };
const digits = (s: string) => s.replace(/\u2212/g, '-').replace(/[^0-9-]/g, '');
const { result, canonical } = goldenCase('01');
const props = { result, currency: 'CHF', labels };

const charts: [string, ReactElement][] = [
  ['chart-position', <PositionChart key="a" {...props} />],
  ['chart-revenue-split', <RevenueSplitChart key="b" {...props} />],
  ['chart-margin', <MarginChart key="c" {...props} />],
  ['chart-instances', <InstancesChart key="d" {...props} maxInstances={300} />],
];

describe('"Show as table" on every chart', () => {
  it.each(charts)('%s toggles an accessible table of its figures', async (testId, element) => {
    const user = userEvent.setup();
    render(element);
    const figure = screen.getByTestId(testId);
    const toggle = within(figure).getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(figure).queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = within(figure).getByRole('table');
    expect(toggle.getAttribute('aria-controls')).toBe(table.parentElement?.id);
    // 120 months: the compact selection, said so in the caption.
    expect(table.querySelector('caption')?.textContent).toMatch(/each year end.*of 120 months/);
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((th) => Number(th.textContent));
    for (const m of [1, 12, 24, 120]) expect(rowHeaders).toContain(m);
    // Phase starts and the break-even month are listed too.
    const s = result.summary;
    expect(rowHeaders).toContain(s.phaseStartMonth[4]);
    expect(rowHeaders).toContain(s.breakEvenMonth.msp);
    await user.click(toggle);
    expect(within(figure).queryByRole('table')).toBeNull();
  });

  it('lists the exact figures of a month', async () => {
    const user = userEvent.setup();
    render(<RevenueSplitChart {...props} />);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const row = screen.getByRole('rowheader', { name: '24' }).closest('tr');
    const m = canonical.months[23];
    const text = digits(row?.textContent ?? '');
    for (const v of [m?.revenue, m?.msp.share, m?.isv.share, m?.msp.cost, m?.isv.cost]) {
      expect(text).toContain(digits(v ?? 'x'));
    }
  });
});

describe('tableMonths', () => {
  it('lists every month of a short horizon, with phase starts noted', () => {
    const months = tableMonths(Uint8Array.from([1, 1, 2, 2, 5]), []);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5]);
    expect(months[2]?.notes).toEqual(['Phase 2 starts: Cash-flow negative']);
  });

  it('keeps a 6,000-month table compact', () => {
    const phase = new Uint8Array(6000).fill(5);
    phase.fill(1, 0, 6);
    const months = tableMonths(phase, [{ month: 4321, label: 'Both break even', color: '#000' }]);
    expect(months).toHaveLength(500 + 3);
    expect(months.find((m) => m.month === 4321)?.notes).toEqual(['Both break even']);
    expect(months.at(-1)?.month).toBe(6000);
  });
});
