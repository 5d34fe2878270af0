import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { expect, expectKpis, summaryOf } from './kpi-expectations';

/**
 * axe over every view in English: the page as a first visitor sees it (the introduction open),
 * with an invalid value, with every chart's table, the explanation, the month table and Undo in
 * use, Help, each Analysis tab (the Risk tab with its figures and tables), the projector view
 * and the printed report. None may have a serious or critical violation.
 */
// axe walks the whole page (a long form, many SVG charts): give it time on a busy machine.
test.setTimeout(180_000);

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const price = (page: Page) =>
  page.getByRole('textbox', { name: 'Price per instance per month', exact: true });

test('the simulator has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('Up to date');
  // A first visit: the introduction is part of the page checked.
  await expect(page.getByTestId('intro')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('nor with an invalid value on screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await price(page).fill('abc');
  await expect(price(page)).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});

test('nor with every chart as a table, the explanation open and Undo in use', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Got it' }).click();
  // A change, so Undo is enabled (and then Redo, after undoing it).
  await price(page).fill('455');
  const changed = summaryOf({
    ...defaultScenario,
    price: { ...defaultScenario.price, perInstance: '455' },
  });
  await expectKpis(page, changed);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectKpis(page, summaryOf(defaultScenario));
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeEnabled();

  const results = page.getByRole('main');
  for (const id of ['chart-position', 'chart-margin', 'chart-revenue-split', 'chart-instances']) {
    const chart = results.getByTestId(id);
    await chart.getByRole('button', { name: 'Show as table' }).click();
    await expect(chart.getByRole('table')).toBeVisible();
  }
  // The month table, a row opening the explanation beside it.
  await page.getByLabel('Jump to month').fill('30');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.getByTestId('explain-panel')).toHaveAttribute('data-month', '30');
  expect(await seriousViolations(page)).toEqual([]);
});

test('Help, open from the header', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'How the simulator works' })).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="help"]')).toEqual([]);
});

test('the Risk tab with its figures, curve, fan and fixed split, tables open', async ({ page }) => {
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Analysis' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name: 'Risk' }).click();
  await section.getByRole('button', { name: 'Go-live may slip 0–6 months' }).click();
  await expect(section.getByTestId('risk-results')).toHaveAttribute('data-stale', 'false', {
    timeout: 30_000,
  });
  await expect(section.getByTestId('risk-fixed-loss-isv')).toHaveAttribute(
    'data-value',
    /^[0-9]+$/,
    { timeout: 30_000 },
  );
  for (const id of ['risk-breakeven-curve', 'risk-fan-chart']) {
    await section.getByTestId(id).getByRole('button', { name: 'Show as table' }).click();
    await expect(section.getByTestId(id).getByRole('table')).toBeVisible();
  }
  await section.getByLabel('Lay the P10–P90 lines over the revenue-sharing timeline').check();
  await expect(page.getByTestId('chart-position')).toContainText('P50 (risk)');
  expect(await seriousViolations(page, '.analysis')).toEqual([]);
  expect(await seriousViolations(page, '[data-testid="chart-position"]')).toEqual([]);
});

test('the projector view and the printed report', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
  await page.getByRole('button', { name: 'Present' }).click();
  const view = page.getByTestId('presentation');
  await expect(view.getByTestId('present-kpis')).toBeVisible();
  await view.getByRole('button', { name: 'Show as table' }).click();
  await expect(view.getByRole('table').first()).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="presentation"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);

  await page.getByRole('button', { name: 'Print report' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByTestId('compare-table')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="report"]')).toEqual([]);
});
