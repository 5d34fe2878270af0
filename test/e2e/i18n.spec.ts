import AxeBuilder from '@axe-core/playwright';
import { dataValues, expect, test, type Page } from './fixtures';

// axe walks the whole page: give it time on a busy machine.
test.setTimeout(180_000);

const FIGURES = [
  'kpi-breakeven-msp',
  'kpi-breakeven-isv',
  'kpi-breakeven-partnership',
  'kpi-max-exposure-msp',
  'kpi-final-position-isv',
  'kpi-margin-msp',
  'kpi-total-revenue',
];

const figures = (page: Page) => dataValues(page, FIGURES);

async function ready(page: Page, status: string) {
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText(status);
}

test.describe('a German (Swiss) browser', () => {
  test.use({ locale: 'de-CH' });

  test('shows the header and key figures in German, the same figures, and no serious axe finding', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page, 'Aktuell');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-CH');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Servala Partnerschafts-Simulator',
    );
    await expect(page.getByTestId('kpi-breakeven-isv')).toContainText('Gewinnschwelle');
    await expect(page.getByRole('button', { name: 'Rückgängig' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Verrechnete Instanzen/ })).toHaveCount(1);
    const german = await figures(page);

    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);

    // ?lang=en overrides the browser, and the figures stay the same.
    await page.goto('/?lang=en');
    await ready(page, 'Up to date');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CH');
    await expect(page.getByTestId('kpi-breakeven-isv')).toContainText('Break-even');
    expect(await figures(page)).toEqual(german);
    expect(Object.values(german).filter((v) => v !== null && v !== '').length).toBeGreaterThan(4);
  });
});

test.describe('an English (US) browser', () => {
  test.use({ locale: 'en-US' });

  test('speaks English; switching keeps the scenario and is remembered after a reload', async ({
    page,
  }) => {
    await page.goto('/');
    await ready(page, 'Up to date');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Servala partnership simulator',
    );
    const before = await figures(page);

    // A changed scenario: its figures and its link must survive the switch.
    const price = page.getByRole('textbox', { name: 'Price per instance per month', exact: true });
    await price.fill('2000');
    await expect(page.getByTestId('kpi-total-revenue')).not.toHaveAttribute(
      'data-value',
      before['kpi-total-revenue'] ?? '',
    );
    await ready(page, 'Up to date');
    const changed = await figures(page);
    // The address follows an edit after a short pause: wait for the changed scenario's link.
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=/);
    const link = new URL(page.url()).hash;

    await page.getByLabel('Sprache / Language').selectOption('de');
    await ready(page, 'Aktuell');
    await expect(page.getByTestId('kpi-total-revenue')).toContainText('Gesamtumsatz');
    // The form speaks German too: the same field under its German label.
    const preis = page.getByRole('textbox', { name: 'Preis pro Instanz und Monat', exact: true });
    await expect(preis).toHaveValue(/2.?000/);
    expect(await figures(page)).toEqual(changed);
    // The address carries the scenario, never the language.
    expect(new URL(page.url()).hash).toBe(link);
    expect(page.url()).not.toContain('lang=');

    await page.reload();
    await ready(page, 'Aktuell');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Servala Partnerschafts-Simulator',
    );
  });
});
