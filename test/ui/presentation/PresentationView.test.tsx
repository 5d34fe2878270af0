// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { moneyAt, simulate } from '../../../src/engine';
import { connectEngine } from '../../../src/app';
import { AppStoreContext, createAppStore } from '../../../src/state';
import PresentationView from '../../../src/ui/presentation/PresentationView';
import { KPI_CATALOGUE, kpiTitle } from '../../../src/ui/kpi/kpi-catalogue';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { manualTransport } from '../../worker/manual-transport';

afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

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

  it('asks the KPI catalogue’s per-partner questions, in its order', async () => {
    await setup();
    const questions = [...document.querySelectorAll('.present-kpis__question')].map(
      (row) => row.textContent,
    );
    const perPartner = Object.values(KPI_CATALOGUE).filter((e) => e.labelOf && e.read);
    expect(questions).toEqual(perPartner.map((e) => kpiTitle(e.id)));
    expect(questions).toEqual([
      'Break-even',
      'Most out of pocket',
      'Final position',
      'Margin after payback',
    ]);
  });

  it('names the bands and tells the playhead’s phase and both positions beside the chart', async () => {
    const { store } = await setup();
    const result = store.getState().run.output?.result;
    if (!result) throw new Error('a result');
    expect(screen.getByTestId('present-phase-legend').textContent).toBe(
      'Phase bands1 Investment2 Cash-flow negative3 Unequal investments4 Aligned investments5 Net positive',
    );
    // At rest the playhead is on the last month: the positions are the final ones.
    const now = screen.getByTestId('present-now');
    expect(now.getAttribute('data-month')).toBe(String(result.horizonMonths));
    expect(screen.getByTestId('present-position-isv').getAttribute('data-value')).toBe(
      result.summary.totals.isv.position,
    );
    fireEvent.change(screen.getAllByRole('slider')[0] as HTMLElement, {
      target: { value: '14' },
    });
    expect(now.getAttribute('data-month')).toBe('14');
    expect(screen.getByTestId('present-now-phase').textContent).toBe(
      'Month 14: Phase 3 · Unequal investments',
    );
    for (const p of ['msp', 'isv'] as const) {
      expect(screen.getByTestId(`present-position-${p}`).getAttribute('data-value')).toBe(
        moneyAt(result[p].position, 13),
      );
    }
    expect(now.textContent).toContain('Where each partner stands at the end of month 14');
  });

  it('speaks German', async () => {
    activateMessages('de', german);
    await setup();
    fireEvent.change(screen.getAllByRole('slider')[0] as HTMLElement, {
      target: { value: '14' },
    });
    expect(screen.getByTestId('present-now-phase').textContent).toBe(
      'Monat 14: Phase 3 · Ungleiche Investitionen',
    );
    expect(screen.getByTestId('present-phase-legend').textContent).toContain('Phasenbänder');
    expect(screen.getByTestId('present-kpis').textContent).toContain('Grösste Unterdeckung');
  });
});
