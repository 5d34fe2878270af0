import { test, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { expect, expectKpis, summaryOf } from './kpi-expectations';

// The page reads top to bottom with one scroll, and never scrolls sideways on a phone.
test.setTimeout(120_000);

/** Every section of the page, top to bottom, as a reader finds it. */
const sections = (page: Page) => [
  page.getByRole('heading', { name: 'Inputs' }),
  page.getByTestId('kpi-total-revenue'),
  page.getByTestId('chart-position'),
  page.getByRole('heading', { name: 'The five phases' }),
  page.getByTestId('chart-margin'),
  page.getByTestId('chart-revenue-split'),
  page.getByTestId('chart-instances'),
  page.getByTestId('terms-panel'),
  page.getByTestId('compare-panel'),
  page.getByRole('region', { name: 'Analysis' }),
  page.getByRole('heading', { name: 'Month by month' }),
];

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const width of [320, 390]) {
  test(`nothing scrolls the page sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/');
    await expectKpis(page, summaryOf(defaultScenario));
    // The prerendered first screen's controls are disabled: enabled ones mean the app has taken
    // over, so the key figures found below are the app's own, not the static copy it replaces.
    await expect(page.getByRole('button', { name: 'Help', exact: true })).toBeEnabled();
    // Every section rendered (the later ones load after the first paint), each within the width.
    for (const section of sections(page)) {
      await expect(section).toBeAttached();
      await section.scrollIntoViewIfNeeded();
      await expect(section).toBeVisible();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    }
    // The wide parts the issue named: the terms table, the split legend, the tornado's labels.
    const analysis = page.getByRole('region', { name: 'Analysis' });
    await expect(analysis.getByTestId('tornado').locator('.tornado__row').first()).toBeVisible();
    for (const tab of ['Goal seek', 'Compare scenarios', 'Risk']) {
      await analysis.getByRole('tab', { name: tab }).click();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    }
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'How the simulator works' })).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(width);
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
  // Scrolling the window alone, top to bottom, every section comes into view in turn.
  const seen = new Set<number>();
  const list = sections(page);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 360) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    for (const [i, section] of list.entries()) {
      if (seen.has(i)) continue;
      const box = await section.boundingBox();
      if (box && box.y < 720 && box.y + box.height > 0) seen.add(i);
    }
  }
  expect([...seen].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  // Nothing in the results scrolls vertically by itself, except tables in their own named boxes
  // (the inputs column may: it stays in view beside them, by design).
  const scrollers = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main, main *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        return (
          /(auto|scroll)/.test(style.overflowY) &&
          el.scrollHeight > el.clientHeight + 1 &&
          el.getAttribute('role') !== 'region' &&
          !el.closest('[role="region"] [role="region"]')
        );
      })
      .map((el) => el.className),
  );
  expect(scrollers).toEqual([]);
});
