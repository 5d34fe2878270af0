// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../../../src/state/presets';
import AnalysisSection from '../../../src/ui/analysis/AnalysisSection';
import { GoalSeekPanel } from '../../../src/ui/analysis/goal-seek/GoalSeekPanel';
import { SensitivityPanel } from '../../../src/ui/analysis/sensitivity/SensitivityPanel';
import { ScenarioComparePanel } from '../../../src/ui/analysis/compare-scenarios/ScenarioComparePanel';
import { formatMoney } from '../../../src/ui/format/money';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { renderAnalysis } from './harness';

beforeEach(() => activateMessages('de', german));
afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

describe('the analysis views in German', () => {
  it('names the tabs in German and switches back to English at once', () => {
    renderAnalysis(<AnalysisSection />);
    expect(screen.getByRole('heading', { name: 'Analyse' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Zielwertsuche' })).toBeTruthy();
    act(() => activateMessages('en', english));
    expect(screen.getByRole('tab', { name: 'Goal seek' })).toBeTruthy();
  });

  it('sensitivity: heading, sentences and bars in German; the heading follows the metric', async () => {
    renderAnalysis(<SensitivityPanel />);
    await waitFor(() => expect(screen.getAllByRole('img').length).toBeGreaterThan(0), {
      timeout: 3000,
    });
    expect(
      screen.getByRole('heading', {
        name: 'Was den Break-even-Monat der Partnerschaft am stärksten verschiebt',
      }),
    ).toBeTruthy();
    expect(
      screen.getByText(/Heute erreicht die Partnerschaft die Gewinnschwelle in Monat 26/),
    ).toBeTruthy();
    const bar = document.querySelector('[data-field="price.perInstance"] [data-side="low"]');
    expect(bar?.getAttribute('aria-label')).toContain('Monat 30: 4 Monate später als Monat 26');
    fireEvent.change(screen.getByLabelText('Veränderung zeigen bei'), {
      target: { value: 'finalPosition.isv' },
    });
    expect(
      screen.getByRole('heading', { name: 'Was den Schlusssaldo von ISV am stärksten verändert' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/Heute beendet ISV den Zeitraum mit einem Schlusssaldo von/),
    ).toBeTruthy();
  });

  it('goal seek: the answer in German, money in the one money format', async () => {
    renderAnalysis(<GoalSeekPanel />);
    fireEvent.change(screen.getByLabelText('Welche Eingabe'), {
      target: { value: 'price.perInstance' },
    });
    fireEvent.change(screen.getByLabelText('Gewinnschwelle bis Monat'), {
      target: { value: '24' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Wert finden' }));
    const answer = await screen.findByTestId('goal-seek-answer', {}, { timeout: 3000 });
    await waitFor(() =>
      expect(answer.textContent).toContain(`${formatMoney('442.83', 'CHF')} ist der kleinste Wert`),
    );
    expect(answer.textContent).toContain('Geprüft: Mit');
    expect(answer.textContent).not.toMatch(/bisection|engine runs|Bisektion/i);
  });

  it('compare scenarios: tables and chart in German, figures from the KPI catalogue', async () => {
    renderAnalysis(<ScenarioComparePanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Aktuelles Szenario anheften' }));
    fireEvent.change(screen.getByLabelText('Vorlage hinzufügen'), {
      target: { value: PRESETS[1]!.id },
    });
    const kpis = await screen.findByTestId('compare-kpis', {}, { timeout: 3000 });
    expect(within(kpis).getByText('Break-even-Monat der Partnerschaft')).toBeTruthy();
    expect(within(kpis).getByText('VSHN: Schlusssaldo')).toBeTruthy();
    expect(kpis.querySelector('caption')?.textContent).toContain('Kennzahlen (Unterschiede zu');
    expect(screen.getByText('Verläufe der Umsatzteilung: Saldo jedes Partners')).toBeTruthy();
  });
});
