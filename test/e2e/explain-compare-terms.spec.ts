import AxeBuilder from '@axe-core/playwright';
import { test, type Page } from './fixtures';
import {
  contractTerms,
  defaultScenario,
  explainMonth,
  moneyAt,
  simulate,
  fixedSplit,
  fixedSplitInputOf,
} from '../../src/engine';
import { formatMoney } from '../../src/ui/format/money';
import { expect, expectKpis, summaryOf } from './kpi-expectations';

// Generous: the machine running the tests may be busy; nothing here measures speed.
test.setTimeout(120_000);

const result = simulate(defaultScenario);
let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
});

test.afterEach(() => expect(pageErrors).toEqual([]));

/** The x pixel of `month` on a chart, from its month axis tick labels (linear scale). */
async function xOfMonth(page: Page, chartTestId: string, month: number): Promise<number> {
  const ticks = await page
    .getByTestId(chartTestId)
    .locator('.visx-axis-tick')
    .evaluateAll((els) =>
      els.map((el) => {
        const box = el.querySelector('line')?.getBoundingClientRect();
        // Month ticks stand upright under the plot; value ticks on the left axis lie flat.
        const upright = box !== undefined && box.height > box.width;
        return { label: el.textContent ?? '', x: box && upright ? box.x + box.width / 2 : NaN };
      }),
    );
  const numeric = ticks
    .map((t) => ({ month: Number(t.label), x: t.x }))
    .filter((t) => Number.isFinite(t.month) && Number.isFinite(t.x));
  const [a, b] = [numeric[0], numeric[numeric.length - 1]];
  if (!a || !b || a.month === b.month) throw new Error('no month ticks on the chart');
  return a.x + ((month - a.month) / (b.month - a.month)) * (b.x - a.x);
}

test('clicking a month on the chart explains it with the engine’s figures', async ({ page }) => {
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no chart');
  const x = await xOfMonth(page, 'chart-position', 17);
  await page.mouse.click(x, box.y + box.height / 2);
  const panel = page.getByTestId('explain-panel');
  await expect(panel).toBeVisible();
  const month = Number(await panel.getAttribute('data-month'));
  expect(Math.abs(month - 17)).toBeLessThanOrEqual(1);
  const e = explainMonth(result, month);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(`Month ${month} explained`);
  await expect(panel).toContainText(`Phase ${e.phase}`);
  await expect(page.getByTestId('explain-after-isv')).toHaveText(
    formatMoney(e.partners.isv.positionAfter, 'CHF'),
  );
  await expect(panel).toContainText(formatMoney(e.revenue, 'CHF'));
});

test('the keyboard selects a month, walks the explanation and closes it', async ({ page }) => {
  const plot = page.getByTestId('chart-position').locator('.time-chart__plot');
  await plot.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('explain-panel');
  await expect(panel).toHaveAttribute('data-month', '1');
  await expect(panel).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-month', '3');
  await expect(panel).toContainText('Before go-live nothing is sold');
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(panel).toHaveAttribute('data-month', '4');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
});

test('a row of the monthly table opens its explanation beside the table, focus staying in the table', async ({
  page,
}) => {
  await page.getByLabel('Jump to month').fill('30');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  const panel = page.getByTestId('explain-panel');
  await expect(panel).toHaveAttribute('data-month', '30');
  await page.locator('.month-table tr[data-month="31"]').click();
  await expect(panel).toHaveAttribute('data-month', '31');
  await expect(panel).toHaveAttribute('data-side', 'docked');
  await page.keyboard.press('ArrowDown');
  await expect(panel).toHaveAttribute('data-month', '32');
  await expect(page.locator('.month-table tr[data-month="32"]')).toBeFocused();
  const e = explainMonth(result, 32);
  await expect(page.getByTestId('explain-after-msp')).toHaveText(
    formatMoney(e.partners.msp.positionAfter, 'CHF'),
  );
  // Escape closes it from the table too, and focus stays on the row it was opened from.
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.month-table tr[data-month="32"]')).toBeFocused();
});

test('Escape in the Jump box closes the explanation it opened, focus staying in the box', async ({
  page,
}) => {
  const jump = page.getByLabel('Jump to month');
  await jump.fill('12');
  await jump.press('Enter');
  const panel = page.getByTestId('explain-panel');
  await expect(panel).toHaveAttribute('data-month', '12');
  await jump.focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(jump).toBeFocused();
});

test('the open explanation and the comparison have no serious accessibility violation', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.getByTestId('chart-position').locator('.time-chart__plot').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explain-panel')).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="explain-panel"]')
    .include('[data-testid="compare-panel"]')
    .include('[data-testid="terms-panel"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
});

test('changing p recomputes the fixed split and its sentence', async ({ page }) => {
  const compare = page.getByTestId('compare-panel');
  await compare.scrollIntoViewIfNeeded();
  const input = fixedSplitInputOf(result);
  const number = page.getByTestId('split-pct-number');
  const atDefault = fixedSplit(input, (await number.inputValue()) || '0');
  await expect(page.getByTestId('compare-final-isv-split')).toHaveText(
    formatMoney(atDefault.isv.finalPosition, 'CHF'),
  );
  await number.fill('75');
  const at75 = fixedSplit(input, '75');
  await expect(page.getByTestId('compare-final-isv-split')).toHaveText(
    formatMoney(at75.isv.finalPosition, 'CHF'),
  );
  await expect(page.getByTestId('compare-final-msp-split')).toHaveText(
    formatMoney(at75.msp.finalPosition, 'CHF'),
  );
  await expect(page.getByTestId('compare-verdict')).toContainText('ISV 75.0%, VSHN 25.0%');
  // The five-phase side does not move.
  await expect(page.getByTestId('compare-final-isv-model')).toHaveText(
    formatMoney(result.summary.totals.isv.position, 'CHF'),
  );
  // The slider follows the number and drives it too.
  const slider = page.getByRole('slider', { name: /fixed share of revenue/ });
  await expect(slider).toHaveValue('75');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(number).toHaveValue('75.1');
  await expect(page.getByTestId('compare-final-isv-split')).toHaveText(
    formatMoney(fixedSplit(input, '75.1').isv.finalPosition, 'CHF'),
  );
});

test('the contract-term markers sit at the right months on the revenue-sharing timeline', async ({
  page,
}) => {
  const terms = contractTerms(result.summary.goLiveMonth, result.horizonMonths);
  const chart = page.getByTestId('chart-position');
  await chart.scrollIntoViewIfNeeded();
  for (const [label, month] of [
    ['Minimum term ends', terms.minimumTermEndMonth],
    ['Earliest end with notice', terms.earliestEndMonth],
  ] as const) {
    const marker = chart.locator('.chart-markers g').filter({ hasText: label });
    await expect(marker).toHaveCount(1);
    await expect(marker).toContainText(`month ${month}`);
    const line = await marker.locator('line').boundingBox();
    if (!line) throw new Error(`no ${label} line`);
    const expectedX = await xOfMonth(page, 'chart-position', month);
    expect(Math.abs(line.x + line.width / 2 - expectedX)).toBeLessThan(1.5);
  }
  // The read-out starts at the earliest end and shows the positions of that month.
  const panel = page.getByTestId('terms-panel');
  await expect(page.getByTestId('terms-month')).toHaveValue(String(terms.earliestEndMonth));
  const i = terms.earliestEndMonth - 1;
  const position = (key: 'msp' | 'isv') => formatMoney(moneyAt(result[key].position, i), 'CHF');
  await expect(panel.getByTestId('terms-position-msp')).toHaveText(position('msp'));
  await expect(panel.getByTestId('terms-position-isv')).toHaveText(position('isv'));
});

for (const width of [390, 768, 1024]) {
  test(`at ${width} px the timeline's marker labels stay inside the plot and clear of each other`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const chart = page.getByTestId('chart-position');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.chart-markers text')).toHaveCount(3);
    const { plot, labels } = await chart.evaluate((figure) => {
      // The grid's rows span the plot area exactly.
      const clip = figure.querySelector('.visx-rows')?.getBoundingClientRect();
      const boxes = [...figure.querySelectorAll('.chart-markers text')].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          text: t.textContent ?? '',
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      });
      return { plot: clip && { left: clip.left, right: clip.right }, labels: boxes };
    });
    if (!plot) throw new Error('no plot area');
    for (const l of labels) {
      expect(l.left, l.text).toBeGreaterThanOrEqual(plot.left - 1);
      expect(l.right, l.text).toBeLessThanOrEqual(plot.right + 1);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart =
          a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    // Where the full wording does not fit, the short one says the same month.
    expect(labels.map((l) => l.text.replace(/^.*\D(\d+)$/, '$1'))).toEqual(['26', '18', '21']);
  });
}

test('the "ended after month" field says its range instead of dropping what is typed', async ({
  page,
}) => {
  const field = page.getByTestId('terms-month');
  await field.scrollIntoViewIfNeeded();
  await field.fill('150');
  await expect(field).toHaveValue('150');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('terms-panel').getByRole('alert')).toHaveText(
    'A whole month from 1 to 120.',
  );
  await field.fill('30');
  await expect(field).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('terms-readout')).toContainText('Ending after month 30,');
});
