// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { simulate } from '../../../../src/engine';
import { PRESETS } from '../../../../src/state/presets';
import { saveScenario } from '../../../../src/url/saved-scenarios';
import { ScenarioComparePanel } from '../../../../src/ui/analysis/compare-scenarios/ScenarioComparePanel';
import { formatMoney } from '../../../../src/ui/format/money';
import { renderAnalysis } from '../harness';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

const kpiCells = (key: string) =>
  [
    ...screen.getByTestId('compare-kpis').querySelectorAll(`tr[data-kpi="${key}"] td`),
  ] as HTMLElement[];

describe('the side-by-side panel', () => {
  it('pins the current scenario and a preset, with exact figures and differences', async () => {
    const { store } = renderAnalysis(<ScenarioComparePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Pin the current scenario' }));
    const preset = PRESETS.find((p) => p.id === 'fast-growth-market-cap')!;
    fireEvent.change(screen.getByLabelText('Add a preset'), { target: { value: preset.id } });
    await waitFor(() => expect(kpiCells('position-msp')).toHaveLength(2), { timeout: 3000 });
    const a = simulate(store.getState().scenario).summary;
    const b = simulate(preset.scenario).summary;
    expect(kpiCells('position-msp').map((c) => c.dataset.value)).toEqual([
      a.totals.msp.position,
      b.totals.msp.position,
    ]);
    expect(kpiCells('be')[1]?.querySelector('[data-delta]')?.getAttribute('data-delta')).toBe(
      String(b.partnershipBreakEvenMonth! - a.partnershipBreakEvenMonth!),
    );
    const inputs = screen.getByTestId('compare-inputs');
    expect(within(inputs).getByText('Instance cap')).toBeTruthy();
    expect(within(inputs).getByText('Monthly growth')).toBeTruthy();
  });

  it('keeps pins as snapshots, refuses a duplicate and a fourth, and unpins', async () => {
    const { store } = renderAnalysis(<ScenarioComparePanel />);
    const pinCurrent = () =>
      fireEvent.click(screen.getByRole('button', { name: 'Pin the current scenario' }));
    pinCurrent();
    pinCurrent();
    expect(screen.getByText('That scenario is already pinned.')).toBeTruthy();
    act(() => {
      store.getState().updateScenario('price.perInstance', '420');
    });
    pinCurrent();
    act(() => {
      store.getState().updateScenario('price.perInstance', '430');
    });
    pinCurrent();
    expect(store.getState().pins.map((p) => p.scenario.price.perInstance)).toEqual([
      '390',
      '420',
      '430',
    ]);
    expect(
      screen.getByRole('button', { name: 'Pin the current scenario' }).hasAttribute('disabled'),
    ).toBe(true);
    await waitFor(() => expect(kpiCells('be')).toHaveLength(3), { timeout: 3000 });
    const inputs = screen.getByTestId('compare-inputs');
    expect(inputs.querySelectorAll('tr[data-path]')).toHaveLength(1);
    fireEvent.click(screen.getAllByRole('button', { name: /^Unpin/ })[1]!);
    await waitFor(() => expect(kpiCells('be')).toHaveLength(2), { timeout: 3000 });
  });

  it('pins a saved scenario from this browser’s storage', async () => {
    const saved = { ...structuredClone(PRESETS[0]!.scenario), name: 'Saved <b>one</b>' };
    saved.price = { ...saved.price, perInstance: '415.5' };
    const entry = saveScenario(window.localStorage, 'Last week’s <b>offer</b>', saved);
    expect(entry.ok).toBe(true);
    renderAnalysis(<ScenarioComparePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Pin the current scenario' }));
    const select = screen.getByLabelText('Add a saved scenario');
    fireEvent.focus(select);
    const option = within(select).getByRole('option', { name: 'Last week’s <b>offer</b>' });
    fireEvent.change(select, { target: { value: option.getAttribute('value') } });
    await waitFor(() => expect(kpiCells('be')).toHaveLength(2), { timeout: 3000 });
    const inputs = screen.getByTestId('compare-inputs');
    expect(inputs.querySelector('tr[data-path="price.perInstance"]')?.textContent).toContain(
      formatMoney('415.5', 'CHF'),
    );
    // Names are text, never markup.
    expect(screen.getByTestId('compare-kpis').querySelector('b')).toBeNull();
  });
});
