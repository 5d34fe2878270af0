import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from './fixtures';

/**
 * The Analysis section in the production build: sensitivity (tornado), goal seek (with Apply and
 * Cancel) and side-by-side scenarios, against the real analysis worker.
 */

async function openAnalysis(page: Page, tab: string) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Analysis' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name: tab }).click();
  return { section, errors };
}

test('sensitivity: a tornado of every input, largest effect first, exact figures on focus', async ({
  page,
}) => {
  const { section, errors } = await openAnalysis(page, 'Sensitivity');
  const tornado = section.getByTestId('tornado');
  await expect(tornado.locator('.tornado__row')).toHaveCount(12);
  // Price matters most for the break-even month of the default scenario (±20 %: month 30 / 24).
  await expect(tornado.locator('.tornado__row').first()).toHaveAttribute(
    'data-field',
    'price.perInstance',
  );
  await tornado.locator('[data-field="price.perInstance"] [data-side="high"]').focus();
  const tooltip = section.getByTestId('tornado-tooltip');
  await expect(tooltip).toContainText('Price per instance per month +20%: CHF 468.00');
  await expect(tooltip).toContainText('month 24: 2 months earlier than month 26');

  // Another percentage: recomputed in the worker.
  await section.getByLabel(/Move each input by/).fill('10');
  await expect(
    tornado.locator('[data-field="price.perInstance"] [data-side="high"]'),
  ).toHaveAttribute('aria-label', /\+10%: CHF\s429\.00/);

  // Another metric: the exact change of VSHN's final position.
  await section.getByLabel('Show the change in').selectOption({ label: 'VSHN: final position' });
  await tornado.locator('[data-field="price.perInstance"] [data-side="high"]').focus();
  await expect(tooltip).toContainText(/CHF.*\(\+CHF/);

  await section.getByLabel(/Move each input by/).fill('0');
  await expect(section.getByRole('alert')).toContainText('above 0 and at most 100');
  expect(errors).toEqual([]);
});

test('goal seek: the smallest price that breaks even by month 24, applied to the scenario', async ({
  page,
}) => {
  const { section, errors } = await openAnalysis(page, 'Goal seek');
  await section.getByLabel('Which').selectOption({ label: 'Price per instance per month' });
  await section.getByLabel('breaks even by month').fill('24');
  await section.getByRole('button', { name: 'Find the value' }).click();
  const answer = section.getByTestId('goal-seek-answer');
  await expect(answer).toContainText(
    'CHF 442.83 is the smallest value that breaks even by month 24',
  );
  await expect(answer).toContainText(
    'Checked: with CHF 442.82 it would not break even by month 24',
  );
  await answer.getByRole('button', { name: 'Apply CHF 442.83 to the scenario' }).click();
  await expect(
    page.getByRole('textbox', { name: 'Price per instance per month', exact: true }),
  ).toHaveValue(/442[.,]83/);
  await expect(answer).toContainText('Applied');
  expect(errors).toEqual([]);
});

test('goal seek: not reachable says so with the best month', async ({ page }) => {
  const { section } = await openAnalysis(page, 'Goal seek');
  await section.getByLabel('Which').selectOption({ label: 'VSHN · Initialisation hours' });
  await section.getByLabel('breaks even by month').fill('24');
  await section.getByRole('button', { name: 'Find the value' }).click();
  await expect(section.getByTestId('goal-seek-answer')).toContainText(
    'Not reachable within the allowed range (best possible: month 25, with 0 h)',
  );
});

test('goal seek: a long search shows progress and can be cancelled', async ({ page }) => {
  const { section, errors } = await openAnalysis(page, 'Goal seek');
  // 6,000 months at a price below the unit costs: nothing reaches, so the scan runs its whole grid.
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill('6000');
  await page.getByRole('textbox', { name: 'Price per instance per month', exact: true }).fill('50');
  await section.getByLabel('Which').selectOption({ label: 'New instances per month' });
  await section.getByLabel('breaks even by month').fill('2999');
  // Start once the 6,000-month result is in: on a busy machine a late result would otherwise
  // cancel the search (a new input does) before the test reaches Cancel.
  await expect(page.getByTestId('run-status')).toHaveText('Up to date', { timeout: 60_000 });
  // The search lasts about half a second and shows its progress after 300 ms: Cancel is pressed
  // in the page the moment the progress shows, so the test's own polling cannot miss that window.
  const cancelled = section.evaluate(
    (root) =>
      new Promise<boolean>((resolve) => {
        const observer = new MutationObserver(() => {
          const status = [...root.querySelectorAll('[role="status"]')].find(
            (s) => s.textContent?.includes('Searching') && s.querySelector('progress') !== null,
          );
          const cancel = [...(status?.querySelectorAll('button') ?? [])].find(
            (b) => b.textContent?.trim() === 'Cancel',
          );
          if (cancel) {
            observer.disconnect();
            cancel.click();
            resolve(true);
          }
        });
        observer.observe(root, { childList: true, subtree: true, characterData: true });
      }),
  );
  await section.getByRole('button', { name: 'Find the value' }).click();
  expect(await cancelled).toBe(true);
  const progress = section.getByRole('status').filter({ hasText: 'Searching' });
  await expect(section.getByText('Goal seek cancelled.')).toBeVisible();
  await expect(progress).toHaveCount(0);
  await expect(section.getByTestId('goal-seek-answer')).toHaveCount(0);

  // That a new input cancels a running search is tested where the job can be held running
  // (test/ui/goal-seek/GoalSeekPanel.test.tsx): here the search lasts about half a second, and
  // whether the new result or the answer comes first depends on the machine's load.
  expect(errors).toEqual([]);
});

test('side by side: the current scenario and two presets, with differences', async ({ page }) => {
  const { section, errors } = await openAnalysis(page, 'Compare scenarios');
  await section.getByRole('button', { name: 'Pin the current scenario' }).click();
  await section.getByLabel('Add a preset').selectOption({ label: 'Slow start' });
  await section.getByLabel('Add a preset').selectOption({ label: 'Fast growth into a market cap' });
  await expect(section.getByRole('button', { name: 'Pin the current scenario' })).toBeDisabled();
  const kpis = section.getByTestId('compare-kpis');
  const be = kpis.locator('tr[data-kpi="be"] td');
  await expect(be).toHaveCount(3);
  await expect(be.nth(0)).toHaveAttribute('data-value', '26');
  await expect(be.nth(1)).toHaveAttribute('data-value', '58');
  await expect(be.nth(1).locator('[data-delta]')).toHaveAttribute('data-delta', '+32');
  await expect(be.nth(2).locator('[data-delta]')).toHaveAttribute('data-delta', '-7');
  const inputs = section.getByTestId('compare-inputs');
  await expect(inputs.locator('tr[data-path]')).toHaveCount(5);
  await expect(inputs.locator('tr[data-path="investmentMonths"]')).toContainText(
    'Investment months',
  );
  await expect(section.getByRole('img', { name: /Positions over time/ })).toBeVisible();

  await section.getByRole('button', { name: 'Unpin Preset: Slow start' }).click();
  await expect(be).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('each analysis tab has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(180_000);
  const { section } = await openAnalysis(page, 'Sensitivity');
  await expect(section.getByTestId('tornado').locator('.tornado__row')).toHaveCount(12);
  const check = async () => {
    const { violations } = await new AxeBuilder({ page })
      .include('.analysis')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  expect(await check()).toEqual([]);
  await section.getByRole('tab', { name: 'Goal seek' }).click();
  await section.getByRole('button', { name: 'Find the value' }).click();
  await expect(section.getByTestId('goal-seek-answer')).toBeVisible();
  expect(await check()).toEqual([]);
  await section.getByRole('tab', { name: 'Compare scenarios' }).click();
  await section.getByRole('button', { name: 'Pin the current scenario' }).click();
  await section.getByLabel('Add a preset').selectOption({ label: 'Slow start' });
  await expect(section.getByTestId('compare-inputs')).toBeVisible();
  expect(await check()).toEqual([]);
});
