import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { defaultScenario, upgradeScenario } from '../../src/engine';
import type { RiskResult, Scenario, UncertainRange } from '../../src/engine';
import { riskFigureValues } from '../../src/ui/risk/risk-model';
import { formatMoney } from '../../src/ui/format/money';
import { FORMAT_LOCALE } from '../../src/ui/i18n/language';

/** The Risk tab in the production build, against the real pool of risk workers. */

async function openRisk(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Analysis' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name: 'Risk' }).click();
  await expect(section.getByRole('button', { name: 'New draw' })).toBeVisible();
  return { section, errors };
}

/** The CLI's risk result of the default scenario with these ranges (1,000 runs, seed 1). */
function cliRisk(ranges: UncertainRange[]): RiskResult {
  const dir = mkdtempSync(join(tmpdir(), 'risk-'));
  try {
    const file = join(dir, 'scenario.json');
    const scenario = {
      ...upgradeScenario(structuredClone(defaultScenario) as Scenario),
      uncertainty: { runs: 1000, seed: 1, ranges },
    };
    writeFileSync(file, JSON.stringify(scenario));
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/risk.ts', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    return JSON.parse(out) as RiskResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('two ranges set in the view give the CLI’s figures, and the fixed split beside them', async ({
  page,
}) => {
  const { section, errors } = await openRisk(page);
  // One from a suggestion, one typed.
  await section.getByRole('button', { name: 'Go-live may slip 0–6 months' }).click();
  await section.getByRole('button', { name: 'Add a range on Monthly churn' }).click();
  await section.getByLabel('Monthly churn: high').fill('3');
  const mode = String(defaultScenario.investmentMonths);
  const ranges: UncertainRange[] = [
    { field: 'growth.churnPct', low: defaultScenario.growth.churnPct, high: '3' },
    { field: 'investmentMonths', low: mode, high: String(Number(mode) + 6) },
  ];
  const expected = riskFigureValues(cliRisk(ranges));
  const results = section.getByTestId('risk-results');
  await expect(results).toHaveAttribute('data-stale', 'false', { timeout: 20_000 });
  for (const [testId, value] of Object.entries(expected)) {
    await expect(section.getByTestId(testId)).toHaveAttribute('data-value', value);
  }
  // The fixed-split comparison: both models' losing runs over the same runs.
  await expect(section.getByTestId('risk-five-phase-loss-msp')).toHaveAttribute(
    'data-value',
    expected['risk-loss-runs-msp'] ?? '',
  );
  for (const k of ['msp', 'isv']) {
    await expect(section.getByTestId(`risk-fixed-loss-${k}`)).toHaveAttribute(
      'data-value',
      /^[0-9]+$/,
      { timeout: 20_000 },
    );
  }
  await expect(section.getByTestId('risk-fixed-split')).toContainText('Under the fixed split');
  // Charts have tables.
  await section
    .getByTestId('risk-fan-chart')
    .getByRole('button', { name: 'Show as table' })
    .click();
  await expect(section.getByRole('region', { name: /position: P10–P90.*table/ })).toBeVisible();
  // Laid over the main timeline: the P10/P50/P90 lines join its legend.
  await section.getByLabel('Lay the P10–P90 lines over the revenue-sharing timeline').check();
  await expect(page.getByTestId('chart-position')).toContainText('P50 (risk)');
  const axe = await new AxeBuilder({ page }).include('.risk-panel').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

test('an invalid range is named where it is typed and nothing runs', async ({ page }) => {
  const { section } = await openRisk(page);
  await section.getByRole('button', { name: 'Add a range on Monthly churn' }).click();
  const high = section.getByLabel('Monthly churn: high');
  await high.fill('abc');
  await expect(high).toHaveAttribute('aria-invalid', 'true');
  await expect(section.locator('.risk-error').first()).not.toBeEmpty();
  await expect(section.getByTestId('risk-results')).toHaveCount(0);
});

async function startLongRun(page: Page) {
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill('6000');
  const { section } = { section: page.getByRole('region', { name: 'Analysis' }) };
  await section.getByRole('button', { name: 'New instances ±50 %' }).click();
  await expect(section.getByRole('button', { name: 'Cancel' })).toBeVisible({ timeout: 20_000 });
  return section;
}

test('Cancel stops a 6,000-month run', async ({ page }) => {
  const { section, errors } = await openRisk(page);
  await startLongRun(page);
  await section.getByRole('button', { name: 'Cancel' }).click();
  await expect(section.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(
    section.getByText('Cancelled. The figures below are for earlier inputs.'),
  ).toBeVisible();
  await expect(section.getByTestId('risk-results')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a new input cancels the running analysis and runs the new one', async ({ page }) => {
  const { section, errors } = await openRisk(page);
  await startLongRun(page);
  // Back to a short horizon: the 6,000-month job is dropped, the new one answers.
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill('60');
  await expect(section.getByTestId('risk-results')).toHaveAttribute('data-stale', 'false', {
    timeout: 20_000,
  });
  await expect(section.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the presentation lays the risk fan over its timeline once risk figures are computed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const { section, errors } = await openRisk(page);
  const present = page.getByRole('button', { name: 'Present' });
  const fanSwitch = (view: ReturnType<Page['getByTestId']>) =>
    view.getByRole('checkbox', { name: 'Risk fan over the timeline (P10–P90)' });

  // No risk figures yet: the switch is there, off, and says where they are made.
  await present.click();
  let view = page.getByTestId('presentation');
  await expect(fanSwitch(view)).toBeDisabled();
  await expect(view.getByTestId('present-risk-note')).toHaveText(
    'Set ranges under Analysis → Risk to show the risk fan here.',
  );
  await page.keyboard.press('Escape');

  await section.getByRole('button', { name: 'Go-live may slip 0–6 months' }).click();
  await expect(section.getByTestId('risk-results')).toHaveAttribute('data-stale', 'false', {
    timeout: 20_000,
  });
  const mode = String(defaultScenario.investmentMonths);
  const cli = cliRisk([{ field: 'investmentMonths', low: mode, high: String(Number(mode) + 6) }]);

  await present.click();
  view = page.getByTestId('presentation');
  const chart = view.getByTestId('chart-position');
  await expect(chart.locator('.chart-fans polygon')).toHaveCount(0);
  await fanSwitch(view).check();
  // Each partner's P10–P90 band and P50 line, named in the legend.
  await expect(chart.locator('.chart-fans polygon')).toHaveCount(2);
  const legend = chart.getByRole('list', { name: 'Legend' });
  for (const who of ['VSHN', 'ISV']) {
    await expect(legend).toContainText(`${who} P10–P90 (risk)`);
    await expect(legend).toContainText(`${who} P50 (risk)`);
  }
  const end = (k: 'msp' | 'isv', q: 'p10' | 'p50' | 'p90') => {
    const text = cli.bands[k][q].at(-1) ?? '';
    return formatMoney(text, defaultScenario.currency);
  };
  await expect(view.getByTestId('present-risk-note')).toHaveText(
    `After 120 months, over ${new Intl.NumberFormat(FORMAT_LOCALE.en).format(cli.runs)} runs: ` +
      `VSHN: ${end('msp', 'p10')} to ${end('msp', 'p90')}, median ${end('msp', 'p50')} ` +
      `ISV: ${end('isv', 'p10')} to ${end('isv', 'p90')}, median ${end('isv', 'p50')}`,
  );

  // The table alternative lists each partner's P10, P50 and P90, exactly as the engine has them.
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const table = chart.getByRole('table');
  await expect(table).toBeVisible();
  const headers = await table.locator('thead th').allInnerTexts();
  for (const who of ['VSHN', 'ISV'])
    for (const q of ['P10', 'P50', 'P90']) expect(headers).toContain(`${who} ${q}`);
  const month = 24;
  const j = cli.bands.months.indexOf(month);
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: String(month), exact: true }) });
  const cells = await row.locator('td').allInnerTexts();
  const col = (name: string) => headers.indexOf(name) - 1;
  const digits = (s: string) => s.replace(/[^0-9.−-]/g, '').replace('−', '-');
  for (const [who, k] of [
    ['VSHN', 'msp'],
    ['ISV', 'isv'],
  ] as const) {
    for (const q of ['p10', 'p50', 'p90'] as const) {
      expect(digits(cells[col(`${who} ${q.toUpperCase()}`)] ?? '')).toBe(cli.bands[k][q][j]);
    }
  }
  const axe = await new AxeBuilder({ page })
    .include('[data-testid="presentation"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);

  // Switched off, the fan goes; the table keeps only the positions.
  await fanSwitch(view).uncheck();
  await expect(chart.locator('.chart-fans polygon')).toHaveCount(0);
  await expect(table.locator('thead th', { hasText: 'P50' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
