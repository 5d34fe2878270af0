// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/engine';
import { AppStoreContext, createAppStore, selectScenario } from '../../../src/state';
import { ScenarioForm } from '../../../src/ui/form/ScenarioForm';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { withPrice } from '../../worker/fake-engine';

function renderForm() {
  const store = createAppStore();
  render(
    <AppStoreContext value={store}>
      <ScenarioForm />
    </AppStoreContext>,
  );
  const scenario = () => selectScenario(store.getState());
  return { store, scenario, user: userEvent.setup() };
}

afterEach(cleanup);

describe('the scenario form', () => {
  it('names the price and horizon fields exactly, and their sliders differently', () => {
    renderForm();
    expect(screen.getByRole('textbox', { name: 'Price per instance per month' })).toHaveProperty(
      'value',
      '390',
    );
    expect(
      screen.getByRole('slider', { name: 'Price per instance per month slider' }),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Horizon' })).toHaveProperty('value', '120');
  });

  it('sends a valid typed value to the store at once, as exact text', async () => {
    const { user, scenario } = renderForm();
    const price = screen.getByRole('textbox', { name: 'Price per instance per month' });
    await user.clear(price);
    await user.type(price, '420.55');
    await waitFor(() => expect(scenario().price.perInstance).toBe('420.55'));
  });

  it('marks an invalid value, explains it at the field and keeps the last valid scenario', async () => {
    const { user, scenario } = renderForm();
    const price = screen.getByRole('textbox', { name: 'Price per instance per month' });
    await user.clear(price);
    await user.type(price, '12.345');
    await waitFor(() => expect(price.getAttribute('aria-invalid')).toBe('true'));
    const messageIds = (price.getAttribute('aria-describedby') ?? '').split(' ');
    const message = messageIds
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .find((text) => text.includes('decimals'));
    expect(message).toMatch(/at most 2 decimals/);
    expect(scenario().price.perInstance).toBe('12.34');
  });

  it('clears the mark once the value is valid again', async () => {
    const { user } = renderForm();
    const rate = within(screen.getByRole('group', { name: 'Service provider (MSP)' })).getByRole(
      'textbox',
      { name: 'Hourly labour cost' },
    );
    await user.clear(rate);
    await user.type(rate, 'abc');
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('true'));
    await user.clear(rate);
    await user.type(rate, '95');
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('false'));
  });

  it('reports a horizon shorter than the investment phase on the investment months', async () => {
    const { user, scenario } = renderForm();
    const horizon = screen.getByRole('textbox', { name: 'Horizon' });
    await user.clear(horizon);
    await user.type(horizon, '5');
    const investment = screen.getByRole('textbox', { name: 'Investment months' });
    await waitFor(() => expect(investment.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Investment months must be fewer than the horizon')).toBeTruthy();
    expect(scenario().horizonMonths).toBe(120);
  });

  it('moves the value with the slider', async () => {
    const { scenario } = renderForm();
    const slider = screen.getByRole('slider', { name: 'Price per instance per month slider' });
    fireEvent.change(slider, { target: { value: '455' } });
    await waitFor(() => expect(scenario().price.perInstance).toBe('455'));
    expect(screen.getByRole('textbox', { name: 'Price per instance per month' })).toHaveProperty(
      'value',
      '455',
    );
  });

  it('turns the instance cap off and on again with its checkbox', async () => {
    const { user, scenario } = renderForm();
    const cap = screen.getByRole('checkbox', { name: /Limit the number of instances/ });
    await user.click(cap);
    await waitFor(() => expect(scenario().growth.maxInstances).toBeNull());
    expect(screen.queryByRole('textbox', { name: 'Instance cap' })).toBeNull();
    await user.click(cap);
    await waitFor(() => expect(scenario().growth.maxInstances).toBe(300));
  });

  it('follows a scenario loaded from outside (a link, a preset, a reset)', async () => {
    const { store, user } = renderForm();
    const price = screen.getByRole('textbox', { name: 'Price per instance per month' });
    await user.clear(price);
    await user.type(price, 'oops');
    act(() => store.getState().setScenario(withPrice(defaultScenario, '777')));
    await waitFor(() => expect(price).toHaveProperty('value', '777'));
    expect(price.getAttribute('aria-invalid')).toBe('false');

    act(() => store.getState().resetScenario());
    await waitFor(() => expect(price).toHaveProperty('value', '390'));
  });

  it('reads Swiss grouping and surrounding spaces as the number (1\'490, " 1 490 ")', async () => {
    const { user, scenario } = renderForm();
    const price = screen.getByRole('textbox', { name: 'Price per instance per month' });
    await user.clear(price);
    await user.type(price, "1'490");
    await waitFor(() => expect(scenario().price.perInstance).toBe('1490'));
    expect(price.getAttribute('aria-invalid')).toBe('false');
    await user.clear(price);
    await user.type(price, ' 1 495 ');
    await waitFor(() => expect(scenario().price.perInstance).toBe('1495'));
  });

  it('asks for a decimal point, keeps the slider where it was and says the figures are older', async () => {
    const { user, scenario, store } = renderForm();
    const price = screen.getByRole('textbox', { name: 'Price per instance per month' });
    const slider = screen.getByRole('slider', { name: 'Price per instance per month slider' });
    expect(slider).toHaveProperty('value', '390');
    await user.clear(price);
    await user.type(price, '12,5');
    await waitFor(() =>
      expect(screen.getByText('Use a point for decimals (12.5) and no commas')).toBeTruthy(),
    );
    expect(price.getAttribute('aria-invalid')).toBe('true');
    // The thumb stayed at the last number typed ("12"), not at the slider's start.
    expect(slider).toHaveProperty('value', '12');
    expect(scenario().price.perInstance).toBe('12');
    expect(store.getState().formInvalid).toBe(true);
    await user.type(price, '{Backspace}{Backspace}.5');
    await waitFor(() => expect(scenario().price.perInstance).toBe('12.5'));
    expect(store.getState().formInvalid).toBe(false);
  });

  it('speaks German: sections, labels, units and the schema’s messages', async () => {
    activateMessages('de', compiledDe);
    try {
      const { user } = renderForm();
      expect(screen.getByRole('group', { name: 'Preise' })).toBeTruthy();
      const price = screen.getByRole('textbox', { name: 'Preis pro Instanz und Monat' });
      expect(
        screen.getByRole('slider', { name: 'Preis pro Instanz und Monat, Schieberegler' }),
      ).toBeTruthy();
      expect(screen.getAllByText('CHF/Monat').length).toBeGreaterThan(0);
      await user.clear(price);
      await user.type(price, '12.345');
      await waitFor(() =>
        expect(
          screen.getByText('Preis pro Instanz und Monat darf höchstens 2 Nachkommastellen haben'),
        ).toBeTruthy(),
      );
    } finally {
      activateMessages('en', compiledEn);
    }
  });
});
