// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../src/engine';
import { connectEngine } from '../../../src/app';
import { AppStoreContext, createAppStore } from '../../../src/state';
import PresentationView from '../../../src/ui/presentation/PresentationView';
import { manualTransport } from '../../worker/manual-transport';

afterEach(cleanup);

async function setup() {
  const store = createAppStore();
  const manual = manualTransport(simulate);
  connectEngine(store, manual.transport);
  await act(async () => manual.answerNext());
  act(() => store.getState().enterPresentation());
  render(
    <AppStoreContext value={store}>
      <PresentationView />
    </AppStoreContext>,
  );
  return { store, manual };
}

describe('the presentation view', () => {
  it('shows the headline figures of the result per partner', async () => {
    const { store } = await setup();
    const s = store.getState().run.output?.result.summary;
    expect(screen.getByTestId('present-kpis').textContent).toContain(
      `Both partners break even in month ${s?.partnershipBreakEvenMonth}`,
    );
    expect(screen.getByTestId('present-kpi-final-position-isv').getAttribute('data-value')).toBe(
      s?.totals.isv.position,
    );
  });

  it('has the four chosen sliders, bound to the scenario', async () => {
    const { store } = await setup();
    const sliders = screen.getAllByRole('slider').map((el) => el.getAttribute('aria-valuetext'));
    // Playback scrubber first, then price, new instances and both partners' initialisation hours.
    expect(sliders.slice(1)).toEqual(['390 CHF/month', '3 per month', '200 h', '600 h']);
    fireEvent.change(screen.getByRole('slider', { name: 'Price per instance per month' }), {
      target: { value: '455' },
    });
    expect(store.getState().scenario.price.perInstance).toBe('455');
    fireEvent.change(screen.getByRole('slider', { name: /ISV: initialisation hours/i }), {
      target: { value: '1200' },
    });
    expect(store.getState().scenario.isv.initHours).toBe('1200');
    await waitFor(() =>
      expect(
        screen
          .getByRole('slider', { name: 'Price per instance per month' })
          .getAttribute('aria-valuetext'),
      ).toBe('455 CHF/month'),
    );
  });

  it('closes with Escape and with the Exit button', async () => {
    const { store } = await setup();
    fireEvent.keyDown(screen.getByTestId('presentation'), { key: 'Escape' });
    expect(store.getState().presentationOpen).toBe(false);
    act(() => store.getState().enterPresentation());
    fireEvent.click(screen.getByRole('button', { name: /Exit/ }));
    expect(store.getState().presentationOpen).toBe(false);
  });
});
