import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { PHASES } from '../../src/ui/theme/phases';
import { expectKpis, summaryOf } from './kpi-expectations';

/**
 * The first-visit introduction (the default scenario's own phase months, dismissed for good)
 * and the Help dialog from the header (Escape closes it, focus returns to the button).
 */
const s = summaryOf(defaultScenario);
const serious = (v: { impact?: string | null }) =>
  v.impact === 'serious' || v.impact === 'critical';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expectKpis(page, s);
});

test('the introduction names the phases with this scenario’s months and stays dismissed', async ({
  page,
}) => {
  const intro = page.getByTestId('intro');
  await expect(intro).toBeVisible();
  await expect(intro).toContainText(`Phase 1, ${PHASES[1].name}`);
  await expect(intro).toContainText(`months 1–${s.goLiveMonth - 1} here`);
  await expect(intro).toContainText(`Phase 5, ${PHASES[5].name}`);
  await expect(intro).toContainText(`months ${(s.partnershipBreakEvenMonth ?? 0) + 1}–`);
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="intro"]').analyze();
  expect(violations.filter(serious)).toEqual([]);

  await intro.getByRole('button', { name: 'Got it' }).click();
  await expect(intro).toHaveCount(0);
  await page.reload();
  await expectKpis(page, s);
  await expect(page.getByTestId('intro')).toHaveCount(0);
});

test('the introduction still works when storage throws', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = () => {
      throw new Error('blocked');
    };
    Storage.prototype.setItem = () => {
      throw new Error('blocked');
    };
  });
  await page.reload();
  const intro = page.getByTestId('intro');
  await expect(intro).toBeVisible();
  await intro.getByRole('button', { name: 'Got it' }).click();
  await expect(intro).toHaveCount(0);
});

test('Help opens from the header, explains go-live and margin, Escape closes it', async ({
  page,
}) => {
  const button = page.getByRole('button', { name: 'Help', exact: true });
  await button.click();
  const help = page.getByRole('dialog', { name: 'How the simulator works' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('month 1 of operation');
  await expect(help).toContainText('Margin after payback');
  await expect(help).toContainText('Hourly labour cost');
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="help"]').analyze();
  expect(violations.filter(serious)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(button).toBeFocused();

  await button.press('Enter');
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(help).toHaveCount(0);
  await expect(button).toBeFocused();
});
