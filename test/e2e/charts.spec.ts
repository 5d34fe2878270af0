import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { defaultScenario, moneyAt, simulate } from '../../src/engine';
import { expectKpis, scenarioWith, summaryOf } from './kpi-expectations';

/**
 * The KPI cards, the phase timeline and charts (a) and (c) in the production build: what they
 * say agrees with the engine, tooltips work by pointer and keyboard, and a 6,000-month horizon
 * draws a few points per pixel column instead of all of them.
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

const digits = (s: string) => s.replace(/\u2212/g, '-').replace(/[^0-9-]/g, '');

/** Vertex counts of the lines drawn in a chart. */
async function lineVertices(page: Page, testId: string): Promise<number[]> {
  return page
    .getByTestId(testId)
    .locator('path')
    .evaluateAll((paths) =>
      paths.map((p) => (p.getAttribute('d') ?? '').split('L').length).filter((n) => n > 20),
    );
}

test('chart summaries state the engine’s break-even months', async ({ page }) => {
  const s = summaryOf(defaultScenario);
  const position = page.getByTestId('chart-position').locator('figcaption');
  await expect(position).toContainText(
    `VSHN and ISV both break even in month ${s.breakEvenMonth.msp}`,
  );
  await expect(position).toContainText(`ISV is most exposed in month ${s.maxExposureMonth.isv}`);
  await expect(page.getByTestId('chart-margin').locator('figcaption')).toContainText(
    `From month ${s.phaseStartMonth[5]}`,
  );
  expect(await lineVertices(page, 'chart-position')).toHaveLength(2);
  expect(await lineVertices(page, 'chart-margin')).toHaveLength(2);
});

test('hovering the timeline shows the month’s exact figures', async ({ page }) => {
  const result = simulate(defaultScenario);
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  const tip = page.locator('.month-tooltip');
  await expect(tip).toBeVisible();
  const month = Number(await tip.getAttribute('data-month'));
  expect(month).toBeGreaterThan(1);
  const text = digits((await tip.textContent()) ?? '');
  expect(text).toContain(digits(moneyAt(result.isv.position, month - 1)));
  expect(text).toContain(digits(moneyAt(result.revenue, month - 1)));
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);
});

test('the keyboard walks the chart month by month', async ({ page }) => {
  const plot = page.getByTestId('chart-margin').getByRole('group', { name: /arrow keys/ });
  await plot.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.month-tooltip')).toHaveAttribute('data-month', '120');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('.month-tooltip')).toHaveAttribute('data-month', '108');
  await page.keyboard.press('Escape');
  await expect(page.locator('.month-tooltip')).toHaveCount(0);
});

test('phase bands explain their rule on keyboard focus and on hover', async ({ page }) => {
  const bands = page.locator('.phase-timeline__button');
  await bands.first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Phase 3 · Unequal investments');
  await expect(tip).toContainText('all profit goes to the partner who has lost more');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await bands.last().hover();
  await expect(page.getByRole('tooltip')).toContainText('Phase 5 · Net positive');
});

test('a 6,000-month horizon draws a few points per pixel column', async ({ page }) => {
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill('6000');
  const scenario = scenarioWith((s) => ({ ...s, horizonMonths: 6000 }));
  await expectKpis(page, summaryOf(scenario));
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  const width = (await plot.boundingBox())?.width ?? 0;
  const lines = await lineVertices(page, 'chart-position');
  expect(lines).toHaveLength(2);
  for (const n of lines) expect(n).toBeLessThanOrEqual(4 * width);
  for (const n of await lineVertices(page, 'chart-margin'))
    expect(n).toBeLessThanOrEqual(4 * width);
  // The tooltip still reads the exact last month.
  await plot.focus();
  await page.keyboard.press('End');
  const tip = page.locator('.month-tooltip');
  await expect(tip).toHaveAttribute('data-month', '6000');
  const result = simulate(scenario);
  expect(digits((await tip.textContent()) ?? '')).toContain(
    digits(moneyAt(result.msp.position, 5999)),
  );
});

test('with reduced motion nothing transitions', async ({ page }) => {
  // The prerendered first screen's controls are disabled: enabled ones mean the app has taken over.
  await expect(page.getByRole('button', { name: 'Help', exact: true })).toBeEnabled();
  const card = page.getByTestId('kpi-total-revenue');
  const seconds = () => card.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(await seconds()).toBeGreaterThan(0.05);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // 0 or a global "0.01ms" reset: either way nothing visibly moves.
  expect(await seconds()).toBeLessThan(0.001);
});

test('open tooltips pass an axe check', async ({ page }) => {
  await page.locator('.phase-timeline__button').nth(1).focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(page.locator('.month-tooltip')).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('.phase-timeline')
    .include('[data-testid=chart-position]')
    .include('[aria-label="Key figures"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('the charts follow the width of the page', async ({ page }) => {
  const svg = page.getByTestId('chart-position').locator('.time-chart__plot svg').first();
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  const before = Number(await svg.getAttribute('width'));
  expect(before).toBeCloseTo((await plot.boundingBox())?.width ?? 0, -1);
  await page.setViewportSize({ width: 1024, height: 900 });
  await expect.poll(async () => Number(await svg.getAttribute('width'))).toBeLessThan(before - 50);
  expect(Number(await svg.getAttribute('width'))).toBeCloseTo(
    (await plot.boundingBox())?.width ?? 0,
    -1,
  );
});
