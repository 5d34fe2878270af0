// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppStoreContext, createAppStore } from '../../../src/state';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import RiskPanel from '../../../src/ui/risk/RiskPanel';

beforeEach(() => activateMessages('de', german));
afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

describe('the risk view in German', () => {
  it('suggestions, controls, figures and charts read in German', async () => {
    render(
      <AppStoreContext value={createAppStore()}>
        <RiskPanel />
      </AppStoreContext>,
    );
    expect(screen.getByText(/Fügen Sie eine Spanne hinzu/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Durchläufe'), { target: { value: '40' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kündigungsrate 0,5–3 %' }));
    await waitFor(() => expect(screen.getByTestId('risk-results').dataset.stale).toBe('false'), {
      timeout: 10000,
    });
    expect(screen.getByText('Gewinnschwelle der Partnerschaft, Median (P50)')).toBeTruthy();
    expect(screen.getByText('Saldo jedes Partners: P10–P90-Band und Median')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Als Tabelle zeigen' }).length).toBe(2);
    expect(screen.getByRole('button', { name: 'Neu ziehen' })).toBeTruthy();
  });
});
