// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, rankSensitivity, sensitivity } from '../../../../src/engine';
import type { Scenario } from '../../../../src/engine';
import { SensitivityPanel } from '../../../../src/ui/analysis/sensitivity/SensitivityPanel';
import { formatMoney } from '../../../../src/ui/format/money';
import { renderAnalysis } from '../harness';

afterEach(cleanup);

const rows = () => [...document.querySelectorAll('.tornado__row')];
const bar = (field: string, side: 'low' | 'high') =>
  document.querySelector(`[data-field="${field}"] [data-side="${side}"]`) as HTMLElement;

describe('the sensitivity panel', () => {
  it('draws a tornado in the order of the engine’s ranking, with exact figures in each bar', async () => {
    renderAnalysis(<SensitivityPanel />);
    await waitFor(() => expect(rows()).toHaveLength(12), { timeout: 3000 });
    const expected = rankSensitivity(
      sensitivity(defaultScenario as Scenario, '20'),
      'partnershipBreakEven',
    );
    expect(rows().map((r) => r.getAttribute('data-field'))).toEqual(
      expected.map((r) => r.row.field),
    );
    expect(bar('price.perInstance', 'low').getAttribute('aria-label')).toBe(
      `Price per instance per month −20%: ${formatMoney('312', 'CHF')} → month 30: 4 months later than month 26`,
    );
  });

  it('shows a bar’s exact figures on hover and on focus', async () => {
    renderAnalysis(<SensitivityPanel />);
    await waitFor(() => expect(rows()).toHaveLength(12), { timeout: 3000 });
    fireEvent.mouseEnter(bar('growth.newPerMonth', 'high'));
    expect(screen.getByTestId('tornado-tooltip').textContent).toContain(
      'New instances per month +20%: 3.6',
    );
    fireEvent.focus(bar('msp.hourlyRate', 'low'));
    expect(screen.getByTestId('tornado-tooltip').textContent).toContain(
      `VSHN · Hourly labour cost −20%: ${formatMoney('88', 'CHF')}`,
    );
  });

  it('recomputes for a new percentage and metric, and refuses a percentage out of range', async () => {
    renderAnalysis(<SensitivityPanel />);
    await waitFor(() => expect(rows()).toHaveLength(12), { timeout: 3000 });
    fireEvent.change(screen.getByLabelText(/Move each input by/), { target: { value: '50' } });
    await waitFor(() =>
      expect(bar('price.perInstance', 'low').getAttribute('aria-label')).toContain(
        `−50%: ${formatMoney('195', 'CHF')}`,
      ),
    );
    fireEvent.change(screen.getByLabelText('Show the change in'), {
      target: { value: 'finalPosition.isv' },
    });
    const ranked = rankSensitivity(
      sensitivity(defaultScenario as Scenario, '50'),
      'finalPosition.isv',
    );
    expect(rows()[0]?.getAttribute('data-field')).toBe(ranked[0]?.row.field);
    fireEvent.change(screen.getByLabelText(/Move each input by/), { target: { value: '150' } });
    expect(screen.getByRole('alert').textContent).toContain('above 0 and at most 100');
  });

  it('follows the scenario: a new price gives a new tornado', async () => {
    const { store } = renderAnalysis(<SensitivityPanel />);
    await waitFor(() => expect(rows()).toHaveLength(12), { timeout: 3000 });
    expect(store.getState().updateScenario('price.perInstance', '500').ok).toBe(true);
    await waitFor(() =>
      expect(bar('price.perInstance', 'low').getAttribute('aria-label')).toContain(
        `−20%: ${formatMoney('400', 'CHF')}`,
      ),
    );
  });
});
