import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { expectKpis, scenarioWith, summaryOf } from './kpi-expectations';

/**
 * Offline and installable, in the production build: the service worker precaches the
 * whole build, so after one visit the app loads and computes with the network off; a new
 * deployment is offered with Reload / Later and never reloads the page by itself.
 */

let problems: string[] = [];

test.beforeEach(({ page }) => {
  problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
});
test.afterEach(() => expect(problems).toEqual([]));

/** Until the service worker has precached the build and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

const price = (page: Page) =>
  page.getByRole('textbox', { name: 'Price per instance per month', exact: true });

test('after one visit the app loads and computes with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expectKpis(page, summaryOf(defaultScenario));
  // The engine worker computes a new scenario.
  await price(page).fill('420');
  await expectKpis(
    page,
    summaryOf(scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '420' } }))),
  );
  // The lazy parts too: the analysis chunk and its worker, the projector view.
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await analysis.scrollIntoViewIfNeeded();
  await analysis.getByRole('tab', { name: 'Sensitivity' }).click();
  await expect(analysis.getByTestId('tornado').locator('.tornado__row')).toHaveCount(12);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presentation').getByTestId('chart-position')).toBeVisible();
  await page.keyboard.press('Escape');

  // A new visit (not a reload) offline, with a scenario in the link, opens too.
  await page.goto(`/${new URL(page.url()).hash}`);
  await expect(price(page)).toHaveValue('420');
});

test('installable: a manifest with name, theme colour and icons (SVG, PNG 192 and 512, maskable)', async ({
  page,
}) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(href ?? '')).json()) as {
    name: string;
    theme_color: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest.name).toBe('Servala partnership simulator');
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(manifest.display).toBe('standalone');
  const icons = manifest.icons.map((i) => `${i.type} ${i.sizes} ${i.purpose}`);
  expect(icons).toEqual(
    expect.arrayContaining([
      'image/svg+xml any any',
      'image/png 192x192 any',
      'image/png 512x512 any',
      'image/png 512x512 maskable',
    ]),
  );
  for (const icon of manifest.icons) {
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    }, icon.src);
    if (icon.type === 'image/png') expect(size, icon.src).toBe(icon.sizes);
  }
});

/** The build's service worker, as the preview server serves it. */
const swFile = join(process.env.E2E_OUTDIR ?? 'dist', 'sw.js');

test('a new version is offered with Reload / Later, and never reloads by itself', async ({
  page,
}) => {
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
  await controlled(page);
  // A valid price (it goes into the link), then one being typed that is not valid yet (it does
  // not): a reload would lose the second, and the page's own state.
  await price(page).fill('4');
  const priceFour = scenarioWith((s) => ({ ...s, price: { ...s.price, perInstance: '4' } }));
  await expectKpis(page, summaryOf(priceFour));
  await price(page).fill('4.125');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const sameDocument = () => page.evaluate(() => 'sameDocument' in window);
  const prompt = page.getByTestId('update-prompt');
  await expect(prompt).toHaveCount(0);

  // A new deployment: another service worker script. The original comes back in any case.
  const original = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, `${original}\n// the next deployment\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(prompt).toContainText('A new version is available.');
  } finally {
    writeFileSync(swFile, original);
  }
  expect(await sameDocument()).toBe(true);
  await expect(price(page)).toHaveValue('4.125');

  // Later: the prompt goes, the page stays as it was.
  await prompt.getByRole('button', { name: 'Later' }).click();
  await expect(prompt).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await sameDocument()).toBe(true);
  await expect(price(page)).toHaveValue('4.125');

  // On the next visit the waiting version is offered again; Reload lets it take over, and the
  // scenario (in the link) is still there.
  await page.reload();
  await expect(prompt).toContainText('A new version is available.');
  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expectKpis(page, summaryOf(priceFour));
  await expect(price(page)).toHaveValue('4');
  await expect(prompt).toHaveCount(0);
  const waiting = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);
  expect(await waiting()).toBe(false);
});
