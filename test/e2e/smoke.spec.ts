import { expect, test } from './fixtures';

test('the production build loads with its title', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Servala');
  expect(errors).toEqual([]);
});
