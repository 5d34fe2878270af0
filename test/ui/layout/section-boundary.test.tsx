// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario, simulate } from '../../../src/engine';
import { connectEngine } from '../../../src/app';
import { AppStoreContext, createAppStore, selectScenario } from '../../../src/state';
import { App } from '../../../src/ui/App';
import { SectionBoundary } from '../../../src/ui/layout/SectionBoundary';
import { AnalysisClientContext } from '../../../src/ui/analysis/use-analysis-job';
import { createAnalysisClient, inProcessPort } from '../../../src/worker/analysis-client';
import { inProcessTransport } from '../../../src/worker/transports';
import { withPrice } from '../../worker/fake-engine';
import type * as MarginChartModule from '../../../src/ui/charts/MarginChart';

// Test only: the margin chart throws while this flag is set, as a bug in one view would.
const crash = vi.hoisted(() => ({ margin: false }));
vi.mock('../../../src/ui/charts/MarginChart', async (importOriginal) => {
  const real = await importOriginal<typeof MarginChartModule>();
  return {
    ...real,
    MarginChart: (props: Parameters<typeof real.MarginChart>[0]) => {
      if (crash.margin) throw new Error('deliberate failure in the margin chart');
      return real.MarginChart(props);
    },
  };
});

afterEach(cleanup);
// React logs every caught error; the tests assert on what the page shows instead.
beforeEach(() => {
  crash.margin = false;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

function Boom({ when }: { when: { fail: boolean } }) {
  if (when.fail) throw new Error('<img src=x onerror=alert(1)>');
  return <p>drawn</p>;
}

describe('a section boundary', () => {
  it('shows a message with Try again in place of a failing section; the siblings stay', async () => {
    const when = { fail: true };
    render(
      <>
        <SectionBoundary what="The chart">
          <Boom when={when} />
        </SectionBoundary>
        <p>sibling</p>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The chart could not be shown.');
    // The error's text is shown as text, never as markup.
    expect(alert.querySelector('img')).toBeNull();
    expect(alert.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByText('sibling')).toBeTruthy();

    when.fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again by itself when its reset key changes (a new result)', () => {
    const when = { fail: true };
    const { rerender } = render(
      <SectionBoundary what="The chart" resetKey={1}>
        <Boom when={when} />
      </SectionBoundary>,
    );
    expect(screen.getByTestId('section-error')).toBeTruthy();
    when.fail = false;
    rerender(
      <SectionBoundary what="The chart" resetKey={2}>
        <Boom when={when} />
      </SectionBoundary>,
    );
    expect(screen.getByText('drawn')).toBeTruthy();
  });
});

describe('the whole page with one section failing', () => {
  it('keeps the inputs, the key figures and the other charts working, and the scenario as it was', async () => {
    crash.margin = true;
    const store = createAppStore();
    connectEngine(store, inProcessTransport(simulate));
    const analysis = createAnalysisClient(inProcessPort());
    render(
      <AppStoreContext value={store}>
        <AnalysisClientContext value={() => analysis}>
          <App />
        </AnalysisClientContext>
      </AppStoreContext>,
    );
    const revenue = () => screen.getByTestId('kpi-total-revenue').getAttribute('data-value');
    await waitFor(() => expect(revenue()).toBe(simulate(defaultScenario).summary.totalRevenue), {
      timeout: 15_000,
    });
    const failed = await screen.findAllByTestId('section-error', {}, { timeout: 15_000 });
    expect(failed.map((f) => f.textContent)).toEqual([
      expect.stringContaining('The margin chart could not be shown.'),
    ]);
    expect(screen.getByTestId('chart-position')).toBeTruthy();
    expect(selectScenario(store.getState())).toBe(defaultScenario);

    // The inputs still work: a new price reaches the key figures.
    // The inputs follow the key figures (a stage of their own).
    const price = await screen.findByRole('textbox', { name: 'Price per instance per month' });
    act(() => {
      fireEvent.change(price, { target: { value: '455.5' } });
    });
    const expected = simulate(withPrice(defaultScenario, '455.5')).summary.totalRevenue;
    await waitFor(() => expect(revenue()).toBe(expected), { timeout: 15_000 });

    // Once the bug is gone, Try again brings the chart back.
    crash.margin = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByTestId('section-error')).toBeNull();
  });
});
