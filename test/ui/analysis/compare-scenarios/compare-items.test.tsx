// @vitest-environment happy-dom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, upgradeScenario } from '../../../../src/engine';
import type { Scenario, ScenarioV2 } from '../../../../src/engine';
import { ScenarioComparePanel } from '../../../../src/ui/analysis/compare-scenarios/ScenarioComparePanel';
import { differingItems } from '../../../../src/ui/analysis/compare-scenarios/compare-items';
import { differingInputs } from '../../../../src/ui/analysis/compare-scenarios/compare-model';
import { formatMoney } from '../../../../src/ui/format/money';
import { activateMessages } from '../../../../src/ui/i18n';
import { messages as compiledDe } from '../../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../../src/ui/i18n/compiled/en';
import { threeItemScenario } from '../../report/three-items';
import { renderAnalysis } from '../harness';

afterEach(() => {
  cleanup();
  activateMessages('en', compiledEn);
});

/** The three-item scenario with A.2 changed, A.3 removed, an item added and the ISV's rate raised. */
function changed(): ScenarioV2 {
  const s = threeItemScenario();
  s.msp.items[1]!.monthlyHours = '10';
  s.msp.items.splice(2, 1);
  s.msp.items.push({ ...s.msp.items[0]!, label: 'Portal', hourlyRate: '130' });
  s.isv.hourlyRate = '120';
  return s;
}

describe('the cost items that differ', () => {
  it('finds added, removed and changed items against the first scenario', () => {
    const diffs = differingItems([threeItemScenario(), changed()]);
    expect(diffs.map((d) => [d.partner, d.label, d.fields, d.cells[1]?.status])).toEqual([
      ['msp', '24/7 on-call', ['monthlyHours'], 'changed'],
      ['msp', 'Instance operation', [], 'removed'],
      ['msp', 'Portal', [], 'added'],
      // Its fields are the same, but it uses the partner's rate, which changed.
      ['isv', 'All costs', [], 'changed'],
    ]);
    const onCall = diffs[0]!;
    expect(onCall.cells.map((c) => c.money?.fixed)).toEqual(['1200.00', '1500.00']);
    expect(diffs[1]!.cells[1]).toEqual({ item: null, money: null, status: 'removed' });
    expect(diffs[2]!.cells[0]?.item).toBeNull();
    expect(diffs[2]!.cells[1]?.money).toEqual({
      init: '15400.00',
      fixed: '1080.00',
      unit: '33.00',
    });
  });

  it('finds nothing between equal scenarios, and matches repeated labels in order', () => {
    expect(differingItems([threeItemScenario(), threeItemScenario()])).toEqual([]);
    const v1 = structuredClone(defaultScenario) as Scenario;
    expect(differingItems([upgradeScenario(v1), upgradeScenario(v1)])).toEqual([]);
    const twice = threeItemScenario();
    twice.msp.items[2]!.label = twice.msp.items[0]!.label;
    const other = structuredClone(twice);
    other.msp.items[2]!.initHours = '90';
    const diffs = differingItems([twice, other]);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.cells.map((c) => c.item?.initHours)).toEqual(['80', '90']);
  });

  it('leaves the partners’ amounts out of the inputs list (they are the items’)', () => {
    const a = structuredClone(defaultScenario) as Scenario;
    const b: Scenario = { ...a, msp: { ...a.msp, initHours: '300', hourlyRate: '120' } };
    expect(differingInputs([a, b]).map((d) => d.path)).toEqual(['msp.hourlyRate']);
    expect(differingItems([upgradeScenario(a), upgradeScenario(b)])[0]?.fields).toEqual([
      'initHours',
    ]);
  });
});

function renderPinned() {
  const { store } = renderAnalysis(<ScenarioComparePanel />);
  act(() => {
    store.getState().addPin('Before', 'current', threeItemScenario() as unknown as Scenario);
    store.getState().addPin('After', 'current', changed() as unknown as Scenario);
  });
  return store;
}

describe('the side-by-side panel’s items table', () => {
  it('lists each differing item with what changed and its money', async () => {
    renderPinned();
    const table = await waitFor(() => screen.getByTestId('compare-items'), { timeout: 3000 });
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'VSHN · 24/7 on-call',
      'VSHN · Instance operation',
      'VSHN · Portal',
      'ISV · All costs',
    ]);
    const onCall = [...rows[0]!.querySelectorAll('td')];
    expect(onCall.map((td) => td.dataset.status)).toEqual(['base', 'changed']);
    expect(onCall[0]?.textContent).toContain('Monthly hours: 8 h');
    expect(onCall[1]?.textContent).toContain('Changed');
    expect(onCall[1]?.textContent).toContain('Monthly hours: 10 h');
    expect(onCall[1]?.textContent).toContain(`${formatMoney('1500', 'CHF')} a month`);
    expect(rows[1]?.querySelectorAll('td')[1]?.textContent).toBe('Not in this scenario (removed)');
    expect(rows[2]?.querySelectorAll('td')[0]?.textContent).toBe('Not in this scenario');
    expect(rows[2]?.querySelectorAll('td')[1]?.textContent).toContain('Added');
    // Only the partner's rate differs: the inputs list names it, the items table its money.
    expect(
      screen.getByTestId('compare-inputs').querySelector('[data-path="isv.hourlyRate"]'),
    ).toBeTruthy();
  });

  it('reads in German', async () => {
    activateMessages('de', compiledDe);
    renderPinned();
    const table = await waitFor(() => screen.getByTestId('compare-items'), { timeout: 3000 });
    expect(table.querySelector('caption')?.textContent).toBe(
      'Kostenposten, die sich unterscheiden (gegenüber Before)',
    );
    const onCall = table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td');
    expect(onCall[1]?.textContent).toContain('Geändert');
    expect(onCall[1]?.textContent).toContain('Stunden pro Monat: 10 h');
  });
});
