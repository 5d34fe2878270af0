import { test } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { expect, expectKpis, summaryOf } from './kpi-expectations';

// The page reads top to bottom with one scroll, and never scrolls sideways on a phone.
test.setTimeout(120_000);

for (const width of [320, 390]) {
  test(`nothing scrolls the page sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    await expectKpis(page, summaryOf(defaultScenario));
    await expect(page.getByTestId('terms-panel')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  });
}

test('at 1280×720 one page scroll reaches every section; no results panel scrolls by itself', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
  const results = page.locator('.results-panel');
  const own = await results.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(own).toBeLessThanOrEqual(1);
  for (const id of ['chart-margin', 'terms-panel', 'compare-panel']) {
    const section = page.getByTestId(id);
    await section.scrollIntoViewIfNeeded();
    await expect(section).toBeInViewport();
  }
  // The page itself scrolled to reach them (the window, not a panel).
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await expect(
    page.getByRole('textbox', { name: 'Price per instance per month', exact: true }),
  ).toBeAttached();
});
