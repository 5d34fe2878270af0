// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { centsToString, partnerAmounts, simulate } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { createAppStore } from '../../../src/state';
import { ExplainPanel } from '../../../src/ui/explain/ExplainPanel';
import { formatMoney } from '../../../src/ui/format/money';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { renderWithStore } from '../render-with-store';
import { threeItemScenario } from '../report/three-items';

afterEach(() => {
  cleanup();
  activateMessages('en', compiledEn);
});

const labels = { msp: 'VSHN', isv: 'ISV' };

/** The panel on month `month` of the three-item scenario, held in the store as format 2. */
function openItemised(month: number) {
  const scenario = threeItemScenario();
  const store = createAppStore();
  // The store holds format 1 until it switches: the views read either through useScenarioV2.
  store.setState({ scenario: scenario as unknown as Scenario });
  renderWithStore(
    <ExplainPanel result={simulate(scenario)} labels={labels} currency="CHF" />,
    store,
  );
  act(() => store.getState().selectMonth(month));
  return scenario;
}

const values = (row: Element) =>
  [...row.querySelectorAll<HTMLElement>('td[data-value]')].map((td) => td.dataset.value);

describe('the month explanation of itemised costs', () => {
  it('lists a multi-item partner’s items behind its costs, with the engine’s totals', () => {
    const scenario = openItemised(3);
    const step = screen.getByTestId('explain-panel').querySelector('[data-step="items"]');
    expect(step?.querySelector('h3')?.textContent).toBe('What the costs are made of');
    const table = screen.getByTestId('explain-items-msp');
    const rows = [...table.querySelectorAll('[data-item]')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'A.1 Service ownership and billing',
      'A.2 24/7 on-call',
      'A.3 Instance operation',
    ]);
    expect(values(rows[1]!)).toEqual(['6000.00', '1200.00', '50.00']);
    expect(rows[1]?.textContent).toContain(formatMoney('1200', 'CHF'));
    const total = partnerAmounts(scenario.msp);
    expect(values(table.querySelector('tfoot')!)).toEqual([
      centsToString(total.init),
      centsToString(total.fixed),
      centsToString(total.unit),
    ]);
    expect(table.querySelector('caption')?.textContent).toBe('VSHN: 3 items');
    // The ISV has one item: its costs read as before, with no list.
    expect(screen.queryByTestId('explain-items-isv')).toBeNull();
    // It follows the step that names the month's costs.
    const steps = [...screen.getByTestId('explain-panel').querySelectorAll('[data-step]')];
    expect(steps.map((s) => s.getAttribute('data-step')).slice(0, 2)).toEqual(['revenue', 'items']);
  });

  it('adds nothing where every partner has one item', () => {
    const { store } = renderWithStore(
      <ExplainPanel
        result={simulate(createAppStore().getState().scenario)}
        labels={labels}
        currency="CHF"
      />,
    );
    act(() => store.getState().selectMonth(20));
    expect(screen.getByTestId('explain-panel')).toBeTruthy();
    expect(screen.getByTestId('explain-panel').querySelector('[data-step="items"]')).toBeNull();
  });

  it('reads in German', () => {
    activateMessages('de', compiledDe);
    openItemised(30);
    const step = screen.getByTestId('explain-panel').querySelector('[data-step="items"]');
    expect(step?.querySelector('h3')?.textContent).toBe('Woraus die Kosten bestehen');
    expect(screen.getByTestId('explain-items-msp').querySelector('caption')?.textContent).toBe(
      'VSHN: 3 Posten',
    );
  });
});
