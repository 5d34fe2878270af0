import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { fitRange } from '../../src/ui/charts/zoom';
import { expectKpis, summaryOf } from './kpi-expectations';

/**
 * Zoom on the revenue-sharing timeline: it opens on the story up to a little after the later
 * break-even, the whole horizon is one click away, the keyboard and a drag zoom too, and the
 * month axis follows.
 */
const s = summaryOf(defaultScenario);
const horizon = defaultScenario.horizonMonths;
const [, fitLast] = fitRange(
  [s.breakEvenMonth.msp, s.breakEvenMonth.isv, s.partnershipBreakEvenMonth],
  horizon,
);

let pageErrors: string[] = [];
test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/');
  await expectKpis(page, s);
});
test.afterEach(() => expect(pageErrors).toEqual([]));

const chart = (page: Page) => page.getByTestId('chart-position').first();
const status = (page: Page) => chart(page).getByTestId('chart-zoom-status');

/** The month axis's tick numbers. */
async function monthTicks(page: Page): Promise<number[]> {
  const axis = chart(page).locator('.visx-axis').filter({ hasText: 'Month' });
  const texts = await axis.locator('.visx-axis-tick text').allTextContents();
  expect(texts.length).toBeGreaterThan(1);
  return texts.map((t) => Number(t.replace(/[^0-9]/g, '')));
}

test('opens on the first break-even; the whole horizon is one click away, ticks follow', async ({
  page,
}) => {
  expect(fitLast).toBeGreaterThan(Math.max(s.breakEvenMonth.msp ?? 0, s.breakEvenMonth.isv ?? 0));
  expect(fitLast).toBeLessThan(horizon);
  await expect(status(page)).toContainText(`Months 1–${fitLast} of ${horizon}`);
  const fitted = await monthTicks(page);
  expect(Math.max(...fitted)).toBeLessThanOrEqual(fitLast);
  // The break-even marker is in view.
  await expect(chart(page).locator('.chart-markers')).toContainText(
    `month ${s.partnershipBreakEvenMonth}`,
  );

  await chart(page).getByRole('button', { name: 'Whole horizon' }).click();
  await expect(status(page)).toContainText(`All ${horizon} months`);
  await expect(chart(page).getByRole('button', { name: 'Whole horizon' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(Math.max(...(await monthTicks(page)))).toBeGreaterThan(fitLast);

  await chart(page).getByRole('button', { name: 'Fit the first break-even' }).click();
  await expect(status(page)).toContainText(`Months 1–${fitLast} of ${horizon}`);
});

test('the keyboard zooms: + closer, − wider, 0 the whole horizon; arrows move the range', async ({
  page,
}) => {
  const plot = chart(page).locator('.time-chart__plot');
  await plot.focus();
  await page.keyboard.press('+');
  await expect(status(page)).not.toContainText(`Months 1–${fitLast} `);
  const closer = (await status(page).textContent()) ?? '';
  const [a, b] = (closer.match(/Months (\d+)–(\d+)/) ?? []).slice(1).map(Number);
  expect((b as number) - (a as number)).toBeLessThan(fitLast - 1);
  await page.keyboard.press('0');
  await expect(status(page)).toContainText(`All ${horizon} months`);
  await page.keyboard.press('-');
  await expect(status(page)).toContainText(`All ${horizon} months`);
  await chart(page).getByRole('button', { name: 'Fit the first break-even' }).click();
  // Walking past the last month shown moves the range along.
  await plot.focus();
  await page.keyboard.press('End');
  await expect(status(page)).toContainText(`–${horizon} of ${horizon}`);
  await expect(chart(page).getByRole('button', { name: 'Later months' })).toBeDisabled();
});

test('dragging across the plot zooms to the months dragged over', async ({ page }) => {
  await chart(page).getByRole('button', { name: 'Whole horizon' }).click();
  const plot = chart(page).locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.7, y, { steps: 5 });
  await page.mouse.up();
  const text = (await status(page).textContent()) ?? '';
  const m = text.match(/Months (\d+)–(\d+) of/);
  expect(m).not.toBeNull();
  const [first, last] = [Number(m?.[1]), Number(m?.[2])];
  expect(first).toBeGreaterThan(1);
  expect(last).toBeLessThan(horizon);
  const ticks = await monthTicks(page);
  expect(Math.min(...ticks)).toBeGreaterThanOrEqual(first);
  expect(Math.max(...ticks)).toBeLessThanOrEqual(last);
});

test('Ctrl/⌘ + wheel zooms around the pointer; a plain wheel scrolls the page', async ({
  page,
}) => {
  await chart(page).getByRole('button', { name: 'Whole horizon' }).click();
  await expect(status(page)).toContainText(`All ${horizon} months`);
  const plot = chart(page).locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no plot');
  // Over the right part of the plot: the months there stay under the pointer.
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);

  // A plain wheel: the page scrolls, the zoom stays.
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
  await expect(status(page)).toContainText(`All ${horizon} months`);
  const again = await plot.boundingBox();
  if (!again) throw new Error('no plot');
  await page.mouse.move(again.x + again.width * 0.8, again.y + again.height / 2);

  // With Control held: closer, around the pointer (the range no longer starts at month 1).
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(status(page)).toContainText(/Months \d+–\d+ of/);
  const m = ((await status(page).textContent()) ?? '').match(/Months (\d+)–(\d+) of/);
  const [first, last] = [Number(m?.[1]), Number(m?.[2])];
  expect(first).toBeGreaterThan(1);
  expect(last - first).toBeLessThan(horizon - 1);
  // The wheel zoomed the chart, not the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

  // And back out: Control + wheel away widens to the whole horizon again.
  await page.keyboard.down('Control');
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await expect(status(page)).toContainText(`All ${horizon} months`);
  // The keyboard zoom still works after the wheel.
  await plot.focus();
  await page.keyboard.press('+');
  await expect(status(page)).toContainText(/Months \d+–\d+ of/);
});

test('the zoom controls have no serious or critical axe violation', async ({ page }) => {
  test.setTimeout(120_000);
  // The chart's chunk loads after the first paint.
  await page.getByTestId('chart-position').waitFor();
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="chart-position"]')
    .analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
