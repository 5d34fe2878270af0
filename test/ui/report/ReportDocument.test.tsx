// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, simulate } from '../../../src/engine';
import { ReportDocument } from '../../../src/ui/report/ReportDocument';
import { phaseSegments } from '../../../src/ui/timeline/segments';

afterEach(cleanup);

function renderReport(name = 'Pilot <b>ACME</b> & Co') {
  const scenario = parseScenario({ ...structuredClone(defaultScenario), name });
  const result = simulate(scenario);
  render(
    <ReportDocument
      result={result}
      scenario={scenario}
      createdAt={new Date(Date.UTC(2026, 10, 26, 9, 30))}
      link="https://example.test/#s=abc"
    />,
  );
  return { scenario, result };
}

describe('the report document', () => {
  it('names the scenario as plain text, with the date and the link', () => {
    renderReport();
    expect(screen.getByTestId('report-title').textContent).toBe('Pilot <b>ACME</b> & Co');
    expect(screen.getByTestId('report-title').querySelector('b')).toBeNull();
    expect(
      screen.getByText(/Created 26 November 2026 at 09:30 · 120 months · amounts in CHF/),
    ).toBeTruthy();
    const link = screen.getByTestId('report-link');
    expect(link.getAttribute('href')).toBe('https://example.test/#s=abc');
    expect(link.textContent).toBe(
      '“Pilot <b>ACME</b> & Co” in the simulator · example.test/#s=abc',
    );
  });

  it('holds the key figures of the result', () => {
    const { result } = renderReport();
    const card = screen.getByTestId('kpi-total-revenue');
    expect(card.getAttribute('data-value')).toBe(result.summary.totalRevenue);
    expect(screen.getByTestId('kpi-breakeven-partnership').getAttribute('data-value')).toBe(
      String(result.summary.partnershipBreakEvenMonth),
    );
  });

  it('explains every phase run with its months', () => {
    const { result } = renderReport();
    const list = screen.getByRole('heading', { name: 'The five phases' }).parentElement;
    const items = within(list as HTMLElement).getAllByRole('listitem');
    const segments = phaseSegments(result.phase);
    const runs = items.filter((li) => /^Phase \d/.test(li.textContent ?? ''));
    expect(runs).toHaveLength(segments.length);
    expect(runs[0]?.textContent).toContain('Phase 1 · Investment Months 1–6');
  });

  it('lists the inputs with the engine’s labels and exact values', () => {
    renderReport();
    const inputs = screen.getByTestId('report-inputs');
    const price = inputs.querySelector('[data-path="price.perInstance"]');
    expect(price?.textContent).toBe('Price per instance per month390 CHF/month');
    const init = inputs.querySelector('[data-path="*.initHours"]');
    expect(init?.textContent).toBe('Initialisation hours200 h600 h');
  });

  it('includes the comparison with a fixed split', () => {
    renderReport();
    expect(screen.getByTestId('compare-panel')).toBeTruthy();
  });
});
