import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { dataValues, expect, test, type Page } from './fixtures';
import { de } from '../../src/ui/i18n/catalog/de';

/**
 * The whole app with a German (Swiss) browser: every view speaks German, shows the same figures
 * as in English, has no serious accessibility finding, and no text runs out of its box or makes
 * the page scroll sideways, on a phone and on two desktop sizes (German words are longer).
 */

// Every view, axe on each, three sizes: a long walk on a busy machine.
test.setTimeout(600_000);
test.use({ locale: 'de-CH' });

const SIZES = [
  { name: '390', width: 390, height: 844 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1440x900', width: 1440, height: 900 },
] as const;

const FIGURES = [
  'kpi-breakeven-msp',
  'kpi-breakeven-isv',
  'kpi-breakeven-partnership',
  'kpi-max-exposure-msp',
  'kpi-max-exposure-isv',
  'kpi-final-position-msp',
  'kpi-final-position-isv',
  'kpi-margin-msp',
  'kpi-total-revenue',
];

const figures = (page: Page) => dataValues(page, FIGURES);

async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'best-practice',
  ]);
  if (within) axe = axe.include(within);
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Text that runs out of its box, and a page wider than the window. A box counts when it holds
 * text of its own and is not a scroll box on purpose (a table's scroll area, a chart's frame).
 */
async function overflows(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      found.push(`page is ${doc.scrollWidth} px wide in a ${window.innerWidth} px window`);
    }
    const root = document.querySelector(selector);
    if (!root) return [`no ${selector}`];
    const scrolls = (el: Element) => {
      const { overflowX } = getComputedStyle(el);
      return overflowX === 'auto' || overflowX === 'scroll';
    };
    const describe = (el: Element) => {
      const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} “${text}”`;
    };
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents') continue;
      if (style.visibility === 'hidden' || scrolls(el)) continue;
      // A box that clips on purpose (a visually hidden label, an ellipsis) is not an overflow.
      if (el.clientWidth <= 1 || style.textOverflow === 'ellipsis') continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!ownText) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        found.push(`${describe(el)}: ${el.scrollWidth} px of text in ${el.clientWidth} px`);
        continue;
      }
      // Text wider than a parent that does not scroll, seen from the parent.
      const parent = el.parentElement;
      if (parent && !scrolls(parent) && getComputedStyle(parent).overflowX !== 'visible') continue;
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 1 && !el.closest('[data-scroll-box], .month-table')) {
        const inScroll = (() => {
          for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true;
          return false;
        })();
        if (!inScroll) found.push(`${describe(el)}: ends at ${Math.round(box.right)} px`);
      }
    }
    return found;
  }, within);
}

/** No English words that only English has, in the visible text of a part of the page. */
async function englishLeft(page: Page, within = 'body'): Promise<string[]> {
  const text = await page.locator(within).first().innerText();
  const english = /\b(the|and|with|month|months|partner's|revenue|break-even in|invalid|must)\b/i;
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => english.test(line))
      // Names and figures from the scenario, and the product's own name, are data.
      .filter((line) => !/^(VSHN|Servala|ISV)\b/.test(line))
  );
}

async function ready(page: Page) {
  await expect(page.getByTestId('kpi-total-revenue')).toBeVisible();
  await expect(page.getByTestId('run-status')).toHaveText(de['status.ok']);
}

async function shot(page: Page, size: string, view: string) {
  await page.screenshot({ path: `/tmp/i18n-${size}-${view}.png`, fullPage: view === 'page' });
}

async function openTab(page: Page, name: string) {
  const section = page.getByRole('region', { name: de['analysis.title'] });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name }).click();
  return section;
}

test('the German page shows the same figures as the English page', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-CH');
  const german = await figures(page);
  await page.goto('/?lang=en');
  await expect(page.getByTestId('run-status')).toHaveText('Up to date');
  expect(await figures(page)).toEqual(german);
  expect(Object.values(german).filter((v) => v !== null && v !== '').length).toBeGreaterThan(6);
});

for (const size of SIZES) {
  test(`every view in German at ${size.name}: German, accessible, nothing overflows`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/');
    await ready(page);

    const problems: Record<string, string[]> = {};
    const check = async (view: string, within?: string, axe = true) => {
      const found = [
        ...(await overflows(page, within)).map((p) => `overflow: ${p}`),
        ...(await englishLeft(page, within)).map((p) => `English: ${p}`),
        ...(axe ? (await seriousViolations(page, within)).map((p) => `axe: ${p}`) : []),
      ];
      if (found.length > 0) problems[view] = found;
      // Written as the walk goes, so a slow run still shows what it found so far.
      writeFileSync(`/tmp/i18n-problems-${size.name}.json`, JSON.stringify(problems, null, 1));
      await shot(page, size.name, view);
    };

    // The introduction is shown on a first visit.
    await expect(page.getByTestId('intro')).toBeVisible();
    await check('intro', '[data-testid="intro"]');
    await page.getByTestId('intro').getByRole('button', { name: de['intro.dismiss'] }).click();

    // Inputs, key figures, charts, terms, fixed split, table, saved scenarios: the page itself.
    await check('page', 'body');

    // The month explanation, from the monthly table's jump box.
    await page.getByLabel(de['table.jumpLabel']).fill('30');
    await page.getByRole('button', { name: de['table.jumpGo'], exact: true }).click();
    const panel = page.getByTestId('explain-panel');
    await expect(panel).toHaveAttribute('data-month', '30');
    await panel.scrollIntoViewIfNeeded();
    await check('explanation', '[data-testid="explain-panel"]');
    await page.keyboard.press('Escape');

    // The analysis tabs.
    for (const [view, key] of [
      ['sensitivity', 'analysis.tabSensitivity'],
      ['goal-seek', 'analysis.tabGoalSeek'],
      ['compare', 'analysis.tabCompare'],
      ['risk', 'analysis.tabRisk'],
    ] as const) {
      const section = await openTab(page, de[key]);
      if (view === 'risk') {
        await expect(section.getByRole('button', { name: de['risk.newDraw'] })).toBeVisible({
          timeout: 60_000,
        });
      }
      await check(view, 'section.analysis');
    }

    // Help.
    await page.getByRole('button', { name: de['help.button'], exact: true }).click();
    const help = page.getByRole('dialog', { name: de['help.title'] });
    await expect(help).toBeVisible();
    await check('help', 'dialog[open]');
    await page.keyboard.press('Escape');

    // The presentation.
    await page.getByRole('button', { name: de['present.button'] }).click();
    await expect(page.getByTestId('presentation')).toBeVisible();
    await check('presentation', '[data-testid="presentation"]');
    await page.keyboard.press('Escape');

    // The printed report (print() is stubbed: the report stays on screen).
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: de['report.button'] }).click();
    await expect(page.getByTestId('report')).toBeVisible();
    await check('report', '[data-testid="report"]');

    expect(problems).toEqual({});
  });
}
