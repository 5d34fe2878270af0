import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from './fixtures';
import { defaultScenario, intAt, millionthsToString, simulate } from '../../src/engine';
import { expect, expectKpis, scenarioWith, summaryOf } from './kpi-expectations';

/**
 * Charts (b) revenue split and (d) instances in the production build: drawn at 120 and at
 * 6,000 months (a few points per pixel column), exact tooltips, and the "Show as table" toggle.
 */
let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
});

test.afterEach(() => expect(pageErrors).toEqual([]));

const CHARTS = ['chart-revenue-split', 'chart-instances'] as const;

/** Vertex counts of the lines drawn in a chart (paths with more than 20 vertices). */
async function lineVertices(page: Page, testId: string): Promise<number[]> {
  return page
    .getByTestId(testId)
    .locator('.time-chart__plot path')
    .evaluateAll((paths) =>
      paths.map((p) => (p.getAttribute('d') ?? '').split('L').length).filter((n) => n > 20),
    );
}

test('charts (b) and (d) render at 120 months with their summaries', async ({ page }) => {
  const s = summaryOf(defaultScenario);
  const split = page.getByTestId('chart-revenue-split');
  await expect(split.locator('figcaption')).toContainText(
    `from month ${s.phaseStartMonth[4]} profit is split 50/50`,
  );
  // Revenue, two shares, two costs.
  expect(await lineVertices(page, 'chart-revenue-split')).toHaveLength(5);
  const instances = page.getByTestId('chart-instances');
  await expect(instances).toContainText('Cap (300)');
  await expect(instances.locator('figcaption')).toContainText('stays below the cap of 300');
  // Stock, billed and the cap.
  expect(await lineVertices(page, 'chart-instances')).toHaveLength(3);
});

test('a 6,000-month horizon draws a few points per pixel column in (b) and (d)', async ({
  page,
}) => {
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill('6000');
  const scenario = scenarioWith((s) => ({ ...s, horizonMonths: 6000 }));
  await expectKpis(page, summaryOf(scenario));
  for (const id of CHARTS) {
    const plot = page.getByTestId(id).locator('.time-chart__plot');
    await plot.scrollIntoViewIfNeeded();
    const width = (await plot.boundingBox())?.width ?? 0;
    expect(width).toBeGreaterThan(200);
    const lines = await lineVertices(page, id);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const n of lines) expect(n).toBeLessThanOrEqual(4 * width);
  }
  // The instances tooltip reads the exact stock of the last month.
  const plot = page.getByTestId('chart-instances').locator('.time-chart__plot');
  await plot.focus();
  await page.keyboard.press('End');
  const tip = page.locator('.month-tooltip');
  await expect(tip).toHaveAttribute('data-month', '6000');
  const result = simulate(scenario);
  await expect(tip).toContainText(millionthsToString(intAt(result.instances, 5999)));
});

test('"Show as table" shows each chart’s figures as a table', async ({ page }) => {
  for (const id of CHARTS) {
    const figure = page.getByTestId(id);
    const toggle = figure.getByRole('button', { name: 'Show as table' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('rowheader', { name: '120', exact: true })).toBeVisible();
  }
  const result = simulate(defaultScenario);
  const row = page
    .getByTestId('chart-instances')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '24', exact: true }) });
  await expect(row).toContainText(millionthsToString(intAt(result.instances, 23)));
});

test('an open chart table passes an axe check', async ({ page }) => {
  const figure = page.getByTestId('chart-revenue-split');
  await figure.getByRole('button', { name: 'Show as table' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid=chart-revenue-split]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
