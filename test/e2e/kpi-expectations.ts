import { expect as baseExpect, type Page } from '@playwright/test';
import { defaultScenario, parseScenario, simulate } from '../../src/engine';
import type { Scenario, Summary } from '../../src/engine';

/**
 * What the KPI cards must say for a scenario, computed here with the real engine: the canonical
 * value of spec section 7 per card (empty when there is none).
 */
export function expectedKpis(
  // The engine's summary or the canonical one the CLI prints: both hold these fields.
  summary: Pick<
    Summary,
    'breakEvenMonth' | 'partnershipBreakEvenMonth' | 'maxExposure' | 'totals' | 'totalRevenue'
  >,
): Record<string, string> {
  const month = (m: number | null) => (m === null ? '' : String(m));
  return {
    'kpi-breakeven-msp': month(summary.breakEvenMonth.msp),
    'kpi-breakeven-isv': month(summary.breakEvenMonth.isv),
    'kpi-breakeven-partnership': month(summary.partnershipBreakEvenMonth),
    'kpi-max-exposure-msp': summary.maxExposure.msp,
    'kpi-max-exposure-isv': summary.maxExposure.isv,
    'kpi-final-position-msp': summary.totals.msp.position,
    'kpi-final-position-isv': summary.totals.isv.position,
    'kpi-total-revenue': summary.totalRevenue,
  };
}

/** The default scenario with some fields changed, validated by the engine's own parser. */
export function scenarioWith(change: (s: Scenario) => Scenario): Scenario {
  return parseScenario(change(structuredClone(defaultScenario) as Scenario));
}

export function summaryOf(scenario: Scenario): Summary {
  return simulate(scenario).summary;
}

/**
 * `expect` with a generous wait: the machine running the tests may be busy, and these tests check
 * what the page shows, not how fast it shows it (that is `npm run bench:ui`).
 */
export const expect = baseExpect.configure({ timeout: 30_000 });

/** Waits until every KPI card carries the value the engine gives for `summary`. */
export async function expectKpis(page: Page, summary: Summary): Promise<void> {
  for (const [testId, value] of Object.entries(expectedKpis(summary))) {
    await expect(page.getByTestId(testId)).toHaveAttribute('data-value', value);
  }
}
