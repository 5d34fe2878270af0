// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import {
  defaultSplitPct,
  fivePhaseFigures,
  fixedSplit,
  fixedSplitInputOf,
  simulate,
} from '../../../src/engine/index';
import { FixedSplitPanel, focusMonths } from '../../../src/ui/fixed-split/FixedSplitPanel';
import { EngineTransportContext } from '../../../src/ui/fixed-split/use-fixed-split';
import { formatMoney } from '../../../src/ui/format/money';
import { inProcessTransport } from '../../../src/worker/transports';
import type { AppStore } from '../../../src/state';
import { goldenCase } from '../charts/golden-result';
import { renderWithStore } from '../render-with-store';

const labels = { msp: 'VSHN', isv: 'ISV' };
const transport = inProcessTransport(simulate);
const getTransport = () => transport;

afterEach(cleanup);

/** The store of the panel rendered last (each render has a fresh one). */
let store: AppStore;

function renderPanel(prefix = '01') {
  const { result } = goldenCase(prefix);
  ({ store } = renderWithStore(
    <EngineTransportContext value={getTransport}>
      <FixedSplitPanel result={result} labels={labels} currency="CHF" />
    </EngineTransportContext>,
  ));
  return result;
}

const cell = (id: string) => screen.getByTestId(id).textContent;

describe('FixedSplitPanel', () => {
  it('starts at the ISV’s share of all costs and shows both models’ figures exactly', async () => {
    const result = renderPanel();
    const input = fixedSplitInputOf(result);
    const pct = defaultSplitPct(input);
    const split = fixedSplit(input, pct);
    const model = fivePhaseFigures(result);
    await screen.findByTestId('compare-table');
    expect((screen.getByTestId('split-pct-number') as HTMLInputElement).value).toBe(pct);
    expect(cell('compare-final-isv-split')).toBe(formatMoney(split.isv.finalPosition, 'CHF'));
    expect(cell('compare-final-msp-model')).toBe(formatMoney(model.msp.finalPosition, 'CHF'));
    expect(cell('compare-maxExposure-msp-split')).toBe(formatMoney(split.msp.maxExposure, 'CHF'));
    expect(cell('compare-breakEven-isv-split')).toBe(`month ${split.isv.breakEvenMonth}`);
    expect(cell('compare-breakEven-isv-model')).toBe(`month ${result.summary.breakEvenMonth.isv}`);
  });

  it('recomputes when p is typed, and the sentence names who gains and by how much', async () => {
    const result = renderPanel();
    await screen.findByTestId('compare-table');
    fireEvent.change(screen.getByTestId('split-pct-number'), { target: { value: '90' } });
    const split = fixedSplit(fixedSplitInputOf(result), '90');
    await waitFor(() =>
      expect(cell('compare-final-isv-split')).toBe(formatMoney(split.isv.finalPosition, 'CHF')),
    );
    const gain =
      BigInt(split.isv.finalPosition.replace('.', '')) -
      BigInt(result.summary.totals.isv.position.replace('.', ''));
    const amount = `${gain / 100n}.${(gain % 100n).toString().padStart(2, '0')}`;
    const verdict = cell('compare-verdict') ?? '';
    expect(verdict).toContain('ISV 90.0%');
    expect(verdict).toContain(`ISV ends the 120 months ${formatMoney(amount, 'CHF')} better off`);
    expect(verdict).toContain(`VSHN ${formatMoney(amount, 'CHF')} worse off`);
  });

  it('follows the slider in steps of 0.1 and goes back to the cost share on request', async () => {
    const result = renderPanel();
    await screen.findByTestId('compare-table');
    fireEvent.change(screen.getByTestId('split-pct-slider'), {
      target: { value: '12.300000000000001' },
    });
    expect(store.getState().isvPct).toBe('12.3');
    await waitFor(() =>
      expect((screen.getByTestId('split-pct-number') as HTMLInputElement).value).toBe('12.3'),
    );
    fireEvent.click(await screen.findByRole('button', { name: /Use the cost share/ }));
    expect(store.getState().isvPct).toBeNull();
    const pct = defaultSplitPct(fixedSplitInputOf(result));
    await waitFor(() =>
      expect((screen.getByTestId('split-pct-number') as HTMLInputElement).value).toBe(pct),
    );
  });

  it('ignores a percentage it cannot use and says so', async () => {
    renderPanel();
    await screen.findByTestId('compare-table');
    const number = screen.getByTestId('split-pct-number');
    fireEvent.change(number, { target: { value: '150' } });
    expect(store.getState().isvPct).toBeNull();
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Enter a percentage from 0 to 100/)).toBeTruthy();
  });

  it('shows the early months up to a year after the last break-even, or the whole horizon on request', async () => {
    const result = renderPanel();
    await screen.findByTestId('compare-table');
    const input = fixedSplitInputOf(result);
    const split = fixedSplit(input, defaultSplitPct(input));
    const model = fivePhaseFigures(result);
    const last = Math.max(
      ...[model.msp, model.isv, split.msp, split.isv].map((f) => f.breakEvenMonth ?? Infinity),
    );
    const focus = focusMonths(model, split, result.horizonMonths);
    expect(focus).toBe(Math.min(result.horizonMonths, last + 12));
    const early = screen.getByRole('button', { name: `Months 1–${focus}` });
    expect(early.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('chart-compare').textContent).toContain(
      `The chart shows months 1–${focus} of 120.`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'All 120 months' }));
    expect(early.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('chart-compare').textContent).not.toContain('The chart shows months');
  });

  it('shows the whole horizon when someone never breaks even', () => {
    const { result } = goldenCase('05');
    const input = fixedSplitInputOf(result);
    const split = fixedSplit(input, defaultSplitPct(input));
    expect(focusMonths(fivePhaseFigures(result), split, result.horizonMonths)).toBe(
      result.horizonMonths,
    );
  });
});
