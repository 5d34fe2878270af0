// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../../../src/engine';
import { connectEngine } from '../../../src/app';
import { AppStoreContext, createAppStore } from '../../../src/state';
import { ResultsPanel } from '../../../src/ui/layout/ResultsPanel';
import { manualTransport } from '../../worker/manual-transport';
import { withPrice } from '../../worker/fake-engine';

function setup() {
  const store = createAppStore();
  const manual = manualTransport(simulate);
  connectEngine(store, manual.transport);
  render(
    <AppStoreContext value={store}>
      <ResultsPanel />
    </AppStoreContext>,
  );
  const answerNext: typeof manual.answerNext = (reply) => act(() => manual.answerNext(reply));
  return { store, answerNext };
}

const revenueCard = () => screen.getByTestId('kpi-total-revenue');

afterEach(cleanup);

describe('the results while the engine works', () => {
  it('says it is calculating until the first result arrives, then shows it', async () => {
    const { answerNext } = setup();
    expect(screen.getByText(/Calculating the example scenario/)).toBeTruthy();
    expect(screen.queryByTestId('kpi-total-revenue')).toBeNull();
    await answerNext();
    await waitFor(() =>
      expect(revenueCard().getAttribute('data-value')).toBe(
        simulate(defaultScenario).summary.totalRevenue,
      ),
    );
  });

  it('keeps the previous figures on screen, marked as updating, until the new run answers', async () => {
    const { store, answerNext } = setup();
    await answerNext();
    await waitFor(() => expect(revenueCard()).toBeTruthy());
    const before = revenueCard().getAttribute('data-value');
    const next = withPrice(defaultScenario, '500');
    act(() => store.getState().setScenario(next));

    expect(revenueCard().getAttribute('data-value')).toBe(before);
    // Marked once the run takes longer than a moment (quick runs are not marked, to avoid flicker).
    await waitFor(() =>
      expect(screen.getByLabelText('Key figures').getAttribute('aria-busy')).toBe('true'),
    );
    expect(revenueCard().getAttribute('data-value')).toBe(before);

    await answerNext();
    await waitFor(() =>
      expect(revenueCard().getAttribute('data-value')).toBe(simulate(next).summary.totalRevenue),
    );
    expect(screen.getByLabelText('Key figures').getAttribute('aria-busy')).toBeNull();
  });

  it('shows a failed run in words and keeps the last good figures', async () => {
    const { store, answerNext } = setup();
    await answerNext();
    await waitFor(() => expect(revenueCard()).toBeTruthy());
    const before = revenueCard().getAttribute('data-value');
    act(() => store.getState().setScenario(withPrice(defaultScenario, '1')));
    await answerNext((request) => ({
      type: 'result',
      id: request.id,
      ok: false,
      error: { message: 'the engine stopped' },
    }));
    expect(screen.getByRole('alert').textContent).toMatch(/the engine stopped/);
    expect(revenueCard().getAttribute('data-value')).toBe(before);
  });

  it('runs the same scenario again on Try again after a failed run (a crashed worker)', async () => {
    const { store, answerNext } = setup();
    await answerNext();
    const next = withPrice(defaultScenario, '1');
    act(() => store.getState().setScenario(next));
    await answerNext((request) => ({
      type: 'result',
      id: request.id,
      ok: false,
      error: { message: 'The calculation worker stopped' },
    }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await answerNext();
    await waitFor(() =>
      expect(revenueCard().getAttribute('data-value')).toBe(simulate(next).summary.totalRevenue),
    );
    expect(screen.queryByTestId('run-error')).toBeNull();
  });
});
