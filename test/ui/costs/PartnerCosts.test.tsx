// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  centsToString,
  defaultScenario,
  moneyAt,
  simulate,
  upgradeScenario,
} from '../../../src/engine';
import type { ScenarioV2 } from '../../../src/engine';
import { formatMoney } from '../../../src/ui/format/money';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { item, mixed, renderCosts } from './harness';

afterEach(() => {
  cleanup();
  activateMessages('en', compiledEn);
});

const labels = (partner: { items: { label: string }[] } | undefined) =>
  partner?.items.map((i) => i.label);

const totalsRow = (category: string) => {
  const row = document.querySelector(`[data-category="${category}"]`);
  if (row === null) throw new Error(`no totals row ${category}`);
  return [...row.querySelectorAll('td')].map((td) => td.dataset.value);
};

describe('the cost builder', () => {
  it('names every field by its item and column', () => {
    renderCosts();
    expect(
      screen.getByRole('textbox', { name: '2nd level support: monthly hours' }),
    ).toHaveProperty('value', '4.5');
    expect(screen.getByRole('textbox', { name: 'Runbook: hourly labour cost' })).toHaveProperty(
      'value',
      '130',
    );
    const partnerRate = screen.getByRole('checkbox', {
      name: '2nd level support: use the partner’s hourly labour cost',
    });
    expect(partnerRate).toHaveProperty('checked', true);
    expect(
      screen.getByRole('textbox', { name: '2nd level support: hourly labour cost' }),
    ).toHaveProperty('placeholder', '100');
  });

  it('adds an empty item at the end with one onChange', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Add an item' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(labels(last())).toEqual(['2nd level support', 'Maintenance', 'Runbook', 'Item 4']);
    expect(last()?.items[3]).toEqual(item('Item 4'));
    // The new item's name field has the focus, ready to be named.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Item 4: item name' }));
  });

  it('removes an item with one onChange, and never the last one', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Maintenance' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(labels(last())).toEqual(['2nd level support', 'Runbook']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Runbook' }));
    expect(onChange).toHaveBeenCalledTimes(2);
    const lastRemove = screen.getByRole('button', { name: 'Remove 2nd level support' });
    expect(lastRemove.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(lastRemove);
    expect(onChange).toHaveBeenCalledTimes(2);
    const why = document.getElementById(lastRemove.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).toBe(
      'A partner needs at least one cost item, so the last one cannot be removed.',
    );
  });

  it('duplicates an item right after it, as a copy', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Maintenance' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(labels(last())).toEqual([
      '2nd level support',
      'Maintenance',
      'Maintenance (copy)',
      'Runbook',
    ]);
    expect(last()?.items[2]).toEqual({ ...mixed.items[1], label: 'Maintenance (copy)' });
  });

  it('moves items up and down with one onChange each, keeping the focus on the moved item', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Move Runbook up' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(labels(last())).toEqual(['2nd level support', 'Runbook', 'Maintenance']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Runbook up' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move Runbook up' }));
    expect(labels(last())).toEqual(['Runbook', '2nd level support', 'Maintenance']);
    // At the top "up" is disabled, so the focus is on "down".
    expect(screen.getByRole('button', { name: 'Move Runbook up' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move Runbook down' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move 2nd level support down' }));
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(labels(last())).toEqual(['Runbook', 'Maintenance', '2nd level support']);
  });

  it('shows the column totals and the costs exactly as the engine uses them', () => {
    renderCosts();
    // Set-up: 16 × 100 + 0.3333 × 95.5 + 80 × 130 + 10 = 12'041.83015 → 12'041.83.
    expect(totalsRow('init')).toEqual(['96.3333', '10.00', '12041.83']);
    // Per month: 4.5 × 100 + 2.25 × 95.5 + 120.25 = 785.125 → 785.13 (half away from zero).
    expect(totalsRow('fixed')).toEqual(['6.75', '120.25', '785.13']);
    // Per instance: 0.15 × 100 + 0.0125 × 95.5 + 1.1 = 17.29375 → 17.29.
    expect(totalsRow('unit')).toEqual(['0.1625', '1.10', '17.29']);
    const shownInit = document.querySelector('[data-category="init"] .cost-totals__amount');
    expect(shownInit?.textContent).toBe(formatMoney('12041.83', 'CHF'));

    // The simulation's month 1 (go-live at once, one instance) costs init + fixed + unit.
    const base = upgradeScenario(defaultScenario);
    const scenario: ScenarioV2 = {
      ...base,
      investmentMonths: 0,
      growth: { ...base.growth, startInstances: '1' },
      isv: mixed,
    };
    const cents = (text: string | undefined) => BigInt((text ?? '').replace('.', ''));
    const shown = ['init', 'fixed', 'unit'].map((c) => cents(totalsRow(c)[2]));
    const sum = shown.reduce((a, b) => a + b, 0n);
    expect(moneyAt(simulate(scenario).isv.cost, 0)).toBe(centsToString(sum));
  });

  it('sends a typed value upstream once, and accepts Swiss grouping', () => {
    const { onChange, last } = renderCosts();
    const field = screen.getByRole('textbox', { name: 'Runbook: set-up hours' });
    fireEvent.change(field, { target: { value: "1'490" } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(last()?.items[2]?.initHours).toBe('1490');
    // What was typed stays in the field as typed.
    expect(field).toHaveProperty('value', "1'490");
    expect(totalsRow('init')[0]).toBe('1506.3333');
  });

  it('shows the message at an invalid field and keeps the last valid partner upstream', () => {
    const { onChange } = renderCosts();
    const field = screen.getByRole('textbox', { name: 'Maintenance: monthly hours' });
    fireEvent.change(field, { target: { value: '2.123456' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(
      field.getAttribute('aria-describedby')?.split(' ')[1] ?? '',
    );
    expect(message?.textContent).toBe('Monthly hours must have at most 4 decimals');
    fireEvent.change(field, { target: { value: '2,5' } });
    expect(screen.getByText('Use a point for decimals (12.5) and no commas')).toBeTruthy();
    // Another valid edit is held back too while this field is invalid.
    fireEvent.change(screen.getByRole('textbox', { name: 'Runbook: set-up hours' }), {
      target: { value: '81' },
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByText(/these are the totals of the last valid items/)).toBeTruthy();
    fireEvent.change(field, { target: { value: '2.5' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall?.[0].items.map((i) => [i.monthlyHours, i.initHours])).toEqual([
      ['4.5', '16'],
      ['2.5', '0.3333'],
      ['0', '81'],
    ]);
  });

  it('switches an item between its own rate and the partner’s', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Runbook: use the partner’s hourly labour cost' }),
    );
    expect(last()?.items[2]?.hourlyRate).toBeNull();
    fireEvent.change(screen.getByRole('textbox', { name: 'Runbook: hourly labour cost' }), {
      target: { value: '120' },
    });
    expect(last()?.items[2]?.hourlyRate).toBe('120');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('renders typed names as text, never as HTML', () => {
    renderCosts({ ...mixed, items: [item('<img src=x onerror=alert(1)>')] });
    expect(document.querySelector('img')).toBeNull();
    expect(
      screen.getByRole('textbox', { name: '<img src=x onerror=alert(1)>: item name' }),
    ).toBeTruthy();
  });

  it('fills the template’s labels after a confirmation in the page', () => {
    const { onChange, last } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Fill with the responsibilities' }));
    expect(onChange).not.toHaveBeenCalled();
    const question = screen.getByRole('group', { name: /Replace all 3 items with the 11/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Replace' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(labels(last())).toEqual([
      'Market knowledge for the service',
      'Service knowledge (specialists)',
      '2nd Level Support',
      'Ongoing service maintenance',
      'Upgrades and security response',
      'Best practice configuration',
      'Service implementation with AppCat',
      'Service architecture & documentation',
      'Operations runbook engineering',
      'Training for 1st level support',
      'Continuous service development',
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/The hours are examples/);
  });

  it('cancels the template without a change', () => {
    const { onChange } = renderCosts();
    fireEvent.click(screen.getByRole('button', { name: 'Fill with the responsibilities' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });

  it('reads in German', () => {
    activateMessages('de', compiledDe);
    renderCosts();
    expect(
      screen.getByRole('textbox', { name: '2nd level support: Stunden pro Monat' }),
    ).toHaveProperty('value', '4.5');
    expect(screen.getByRole('button', { name: 'Position hinzufügen' })).toBeTruthy();
    expect(within(screen.getByRole('table')).getByText('Initialisierung (einmalig)')).toBeTruthy();
    expect(screen.getByText('ISV: 3 Kostenpositionen')).toBeTruthy();
  });
});
