// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, risk, upgradeScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { ReportRisk } from '../../../src/ui/risk/ReportRisk';
import RiskPanel from '../../../src/ui/risk/RiskPanel';
import { riskFigureValues } from '../../../src/ui/risk/risk-model';
import { renderWithStore } from '../render-with-store';

afterEach(cleanup);

const renderPanel = () => renderWithStore(<RiskPanel />).store;

describe('the risk panel', () => {
  it('shows risk()’s figures for the ranges set in it, exactly', async () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monthly churn' }));
    fireEvent.change(screen.getByLabelText('Monthly churn: high'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Runs'), { target: { value: '100' } });
    const u = store.getState().uncertainty;
    expect(u).toEqual({
      runs: 100,
      seed: 1,
      ranges: [{ field: 'growth.churnPct', low: defaultScenario.growth.churnPct, high: '3' }],
    });
    const scenario = {
      ...upgradeScenario(structuredClone(defaultScenario) as Scenario),
      uncertainty: u!,
    };
    const expected = riskFigureValues(risk(scenario));
    await waitFor(() => expect(screen.getByTestId('risk-results').dataset.stale).toBe('false'), {
      timeout: 5000,
    });
    for (const [id, value] of Object.entries(expected)) {
      expect(screen.getByTestId(id).dataset.value).toBe(value);
    }
  });

  it('keeps an invalid edit out of the store and names it at the field', () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Add a range on Monthly churn' }));
    fireEvent.change(screen.getByLabelText('Monthly churn: high'), { target: { value: '3' } });
    const valid = store.getState().uncertainty;
    fireEvent.change(screen.getByLabelText('Monthly churn: low'), { target: { value: '2.9' } });
    expect(store.getState().uncertainty).toBe(valid);
    const low = screen.getByLabelText('Monthly churn: low');
    expect(low.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(low.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toBeTruthy();
  });

  it('marks the figures stale when the scenario changes, and New draw changes the seed', async () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Set-up effort 80–150 %' }));
    fireEvent.change(screen.getByLabelText('Runs'), { target: { value: '50' } });
    await waitFor(() => expect(screen.getByTestId('risk-results').dataset.stale).toBe('false'), {
      timeout: 5000,
    });
    act(() => {
      store.getState().updateScenario('price.perInstance', '999');
    });
    expect(screen.getByTestId('risk-results').dataset.stale).toBe('true');
    const seed = store.getState().uncertainty?.seed;
    fireEvent.click(screen.getByRole('button', { name: 'New draw' }));
    expect(store.getState().uncertainty?.seed).not.toBe(seed);
  });

  it('gives the report a risk page for this scenario only', async () => {
    const store = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Set-up effort 80–150 %' }));
    fireEvent.change(screen.getByLabelText('Runs'), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByTestId('risk-results').dataset.stale).toBe('false'), {
      timeout: 5000,
    });
    cleanup();
    const same = structuredClone(defaultScenario) as Scenario;
    const { container } = renderWithStore(<ReportRisk scenario={same} />, store);
    expect(container.textContent).toContain('Over 30 runs (seed 1)');
    cleanup();
    const other = { ...same, price: { ...same.price, perInstance: '391' } };
    expect(renderWithStore(<ReportRisk scenario={other} />, store).container.textContent).toBe('');
  });
});
