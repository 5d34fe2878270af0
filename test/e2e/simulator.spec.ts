import { test } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { PRESETS } from '../../src/state/presets';
import { encodeScenarioHash } from '../../src/url/codec';
import { expect, expectKpis, scenarioWith, summaryOf } from './kpi-expectations';

// Generous: the machine running the tests may be busy (speed is measured by npm run bench:ui).
test.setTimeout(120_000);

let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
});

// Whatever a test does, nothing may throw in the page.
test.afterEach(() => expect(pageErrors).toEqual([]));

test('the KPIs follow a new price', async ({ page }) => {
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  await price.fill('455.50');
  const expected = scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '455.50' } }));
  await expectKpis(page, summaryOf(expected));
  await expect(page.getByTestId('run-status')).toHaveText('Up to date');
});

test('the price slider is usable by keyboard and the KPIs follow it', async ({ page }) => {
  const slider = page.getByRole('slider', { name: 'Price per instance per month slider' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('textbox', { name: 'Price per instance per month', exact: true }),
  ).toHaveValue('400');
  const expected = scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '400' } }));
  await expectKpis(page, summaryOf(expected));
});

test('an invalid value shows its message at the field while the results stay', async ({ page }) => {
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  await price.fill('-5');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await price.getAttribute('aria-describedby')) ?? '';
  const messages = await Promise.all(
    describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  expect(messages.join(' ')).toContain('must be 0 or more');
  await expect(page.getByText('Price per instance per month must be 0 or more')).toBeVisible();

  // The last good result stays on screen, unchanged, and nothing blanks.
  await expectKpis(page, summaryOf(defaultScenario));
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await expect(page.getByTestId('chart-position')).toBeVisible();

  // Fixing the value brings the figures back in step.
  await price.fill('390');
  await expect(price).toHaveAttribute('aria-invalid', 'false');
  await expectKpis(page, summaryOf(defaultScenario));
});

test('a 6,000-month horizon renders', async ({ page }) => {
  const horizon = page.getByRole('textbox', { name: 'Horizon', exact: true });
  await horizon.fill('6000');
  const expected = scenarioWith((s) => ({ ...s, horizonMonths: 6000 }));
  await expectKpis(page, summaryOf(expected));
  await expect(page.getByTestId('run-status')).toHaveText('Up to date');
  const chart = page.getByTestId('chart-position');
  await expect(chart).toBeVisible();
  await expect(chart.locator('svg path').first()).toBeVisible();
  await expect(page.getByTestId('chart-position')).toContainText(/6[,'’ ]?000/);
});

test('a scenario arriving by link while the page is open resets the form', async ({ page }) => {
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  await price.fill('oops');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  const linked = scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '512.25' } }));
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, encodeScenarioHash(linked));
  await expect(price).toHaveValue('512.25');
  await expect(price).toHaveAttribute('aria-invalid', 'false');
  await expectKpis(page, summaryOf(linked));
});

test("Swiss grouping is read as the number: 1'490 and ' 1 490 ' are 1490", async ({ page }) => {
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  const expected = summaryOf(
    scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '1490' } })),
  );
  await price.fill("1'490");
  await expectKpis(page, expected);
  await price.fill('390');
  await expectKpis(page, summaryOf(defaultScenario));
  await price.fill(' 1 490 ');
  await expectKpis(page, expected);
  await expect(price).toHaveAttribute('aria-invalid', 'false');

  // A decimal comma gets a precise message, and the header does not claim the figures are current.
  await price.fill('12,5');
  await expect(page.getByText('Use a point for decimals (12.5) and no commas')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('Showing the last valid inputs');
  await expectKpis(page, expected);
});

test('Undo and Redo restore the exact previous KPIs, by button and by keyboard', async ({
  page,
}) => {
  const preset = PRESETS.find((p) => p.id === 'msp-invests-more');
  if (!preset) throw new Error('preset missing');
  await page.getByRole('button', { name: preset.title, exact: true }).click();
  await expectKpis(page, summaryOf(preset.scenario));
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expectKpis(page, summaryOf(defaultScenario));
  await page.getByRole('button', { name: 'Redo', exact: true }).click();
  await expectKpis(page, summaryOf(preset.scenario));

  // A typed price is one step; Ctrl+Z outside the field takes it back, and the form follows.
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  await price.fill('455.50');
  const typed = summaryOf({
    ...preset.scenario,
    price: { ...preset.scenario.price, perInstance: '455.50' },
  });
  await expectKpis(page, typed);
  await page.getByRole('heading', { name: 'Inputs' }).click();
  await page.keyboard.press('Control+z');
  await expectKpis(page, summaryOf(preset.scenario));
  await expect(price).toHaveValue(preset.scenario.price.perInstance);
  await page.keyboard.press('Control+Shift+z');
  await expectKpis(page, typed);
});
