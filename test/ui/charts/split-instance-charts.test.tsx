// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InstancesChart } from '../../../src/ui/charts/InstancesChart';
import { RevenueSplitChart } from '../../../src/ui/charts/RevenueSplitChart';
import { goldenCase } from './golden-result';

afterEach(cleanup);

const labels = { msp: 'VSHN', isv: 'ISV' };
const digits = (s: string) => s.replace(/\u2212/g, '-').replace(/[^0-9-]/g, '');

describe('RevenueSplitChart', () => {
  it('states when each splitting rule starts and the last month’s exact split', () => {
    const { result, canonical } = goldenCase('01');
    render(<RevenueSplitChart result={result} currency="CHF" labels={labels} />);
    const summary =
      screen.getByTestId('chart-revenue-split').querySelector('figcaption')?.textContent ?? '';
    const start = (ph: number) => canonical.months.find((m) => m.phase === ph)?.month;
    expect(summary).toContain(`From month ${start(2)} revenue is split in proportion`);
    expect(summary).toContain(`from month ${start(3)} the partner who has lost more`);
    expect(summary).toContain(`from month ${start(4)} profit is split 50/50`);
    expect(summary).toContain(
      `from month ${start(5)} revenue follows each month’s costs, so within each month both earn the same margin`,
    );
    const last = canonical.months[119];
    expect(digits(summary)).toContain(digits(last?.msp.share ?? 'x'));
    expect(digits(summary)).toContain(digits(last?.revenue ?? 'x'));
  });

  it('shows a month’s exact share and costs from the keyboard', async () => {
    const user = userEvent.setup();
    const { result, canonical } = goldenCase('01');
    render(<RevenueSplitChart result={result} currency="CHF" labels={labels} />);
    await user.tab();
    await user.keyboard('{Home}{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    const tip = document.querySelector('.month-tooltip');
    expect(tip?.getAttribute('data-month')).toBe('14');
    const m = canonical.months[13];
    expect(digits(tip?.textContent ?? '')).toContain(digits(m?.isv.cost ?? 'x'));
    expect(digits(tip?.textContent ?? '')).toContain(digits(m?.msp.share ?? 'x'));
  });
});

describe('InstancesChart', () => {
  it('states the final stock and the most billed instances (golden 01, cap not reached)', () => {
    const { result, canonical } = goldenCase('01');
    render(<InstancesChart result={result} currency="CHF" labels={labels} maxInstances={300} />);
    const figure = screen.getByTestId('chart-instances');
    const summary = figure.querySelector('figcaption')?.textContent ?? '';
    const max = Math.max(...canonical.months.map((m) => m.billedInstances));
    const first = canonical.months.find((m) => m.billedInstances === max)?.month;
    expect(summary).toContain(`the instance stock is ${canonical.months[119]?.instances}`);
    expect(summary).toContain(`at most ${max} instances are billed, first in month ${first}`);
    expect(summary).toContain('stays below the cap of 300 instances');
    expect(figure.textContent).toContain('Cap (300)');
  });

  it('names the month the cap is reached (golden 07)', () => {
    const { result, canonical, scenario } = goldenCase('07');
    const cap = (scenario as unknown as { growth: { maxInstances: number } }).growth.maxInstances;
    render(<InstancesChart result={result} currency="CHF" labels={labels} maxInstances={cap} />);
    const reached = canonical.months.find((m) => Number(m.instances) >= cap)?.month;
    expect(reached).toBeDefined();
    expect(screen.getByTestId('chart-instances').textContent).toContain(
      `reaches the cap of ${cap} instances in month ${reached}`,
    );
  });

  it('draws no cap without one', () => {
    const { result } = goldenCase('01');
    render(<InstancesChart result={result} currency="CHF" labels={labels} maxInstances={null} />);
    const figure = screen.getByTestId('chart-instances');
    expect(figure.textContent).not.toContain('Cap (');
    expect(figure.querySelector('figcaption')?.textContent).not.toContain('cap');
  });
});
