import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from './fixtures';
import { expect } from './kpi-expectations';

// axe walks the whole page (a long form, two SVG charts): give it time on a busy machine.
test.setTimeout(180_000);

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the simulator has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText('Up to date');
  expect(await seriousViolations(page)).toEqual([]);
});

test('nor with an invalid value on screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
  await price.fill('abc');
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});
