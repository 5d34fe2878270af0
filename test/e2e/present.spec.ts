import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import { expectKpis, summaryOf } from './kpi-expectations';

/**
 * Presenting in the production build: timeline playback, the projector view at two
 * screen sizes, the printed report (as Chromium's PDF) and chart PNG downloads.
 */
let pageErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  // window.print() would open a dialog in a headed browser; count the calls instead.
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls++;
    };
  });
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));
});

test.afterEach(() => expect(pageErrors).toEqual([]));

const month = async (playback: Locator) => Number(await playback.getAttribute('data-month'));
const markerTexts = (chart: Locator) =>
  chart.locator('.chart-markers text').evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));

test.describe('timeline playback', () => {
  test('plays to the end and stops there', async ({ page }) => {
    const playback = page.getByTestId('playback');
    await playback.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await playback.getByRole('button', { name: /Play from month 1/ }).click();
    await expect(playback).toHaveAttribute('data-playing', 'true');
    await expect(playback).toHaveAttribute('data-playing', 'false', { timeout: 30_000 });
    expect(await month(playback)).toBe(120);
    await expect(playback.getByRole('button', { name: /Play from month 1/ })).toBeVisible();
    // At the end the callout and the chart's marker for the break-even month are shown.
    await expect(playback.getByRole('list', { name: /Break-even moments/ })).toHaveText(
      'Both break even · month 26',
    );
  });

  test('pauses where it is and scrubs by keyboard, drawing only up to the playhead', async ({
    page,
  }) => {
    const playback = page.getByTestId('playback');
    const chart = page.getByTestId('chart-position');
    await playback.getByRole('button', { name: /Play/ }).click();
    await expect.poll(() => month(playback)).toBeGreaterThan(3);
    await playback.getByRole('button', { name: /Pause/ }).click();
    await expect(playback).toHaveAttribute('data-playing', 'false');
    const paused = await month(playback);
    await page.waitForTimeout(600);
    expect(await month(playback)).toBe(paused);

    const scrubber = playback.getByRole('slider');
    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect(playback).toHaveAttribute('data-month', '1');
    await expect(playback.getByTestId('playback-phase')).toContainText('Phase 1 · Investment');
    for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
    await expect(playback).toHaveAttribute('data-month', '25');
    expect(await markerTexts(chart)).not.toContain('Both break even · month 26');
    await expect(playback.getByRole('listitem')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
    await expect(playback).toHaveAttribute('data-month', '26');
    expect(await markerTexts(chart)).toContain('Both break even · month 26');
    await expect(playback.getByRole('listitem')).toHaveText(['Both break even · month 26']);
    await expect(playback.getByTestId('playback-phase')).toContainText('Aligned investments');

    // Space plays from the scrubber, and pauses again.
    await page.keyboard.press('Space');
    await expect(playback).toHaveAttribute('data-playing', 'true');
    await page.keyboard.press('Space');
    await expect(playback).toHaveAttribute('data-playing', 'false');
    await page.keyboard.press('End');
    await expect(playback).toHaveAttribute('data-month', '120');
  });

  test('with reduced motion, play shows the end state at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const playback = page.getByTestId('playback');
    await playback.getByRole('slider').focus();
    await page.keyboard.press('Home');
    await playback.getByRole('button', { name: /Play/ }).click();
    await expect(playback).toHaveAttribute('data-month', '120');
    await expect(playback).toHaveAttribute('data-playing', 'false');
  });
});

/** Serious or critical axe findings inside one part of the page. */
async function seriousViolations(page: Page, selector: string) {
  const { violations } = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Text that overflows its box, and boxes outside the viewport or their clipping container. */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.getByTestId('presentation').evaluate((dialog) => {
    const problems: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').slice(0, 40)}"`;
    for (const el of dialog.querySelectorAll('*')) {
      if (el.closest('.time-chart__summary, .visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1) {
        problems.push(`outside the screen: ${name(el)}`);
      }
      const clip = el.parentElement?.closest(
        '.presentation__chart-slot, .presentation__side, .presentation__sliders',
      );
      if (clip) {
        const c = clip.getBoundingClientRect();
        if (r.bottom > c.bottom + 1 || r.right > c.right + 1) {
          problems.push(`cut off: ${name(el)}`);
        }
      }
      const hasText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (hasText && el instanceof HTMLElement && el.clientWidth > 0) {
        if (el.scrollWidth > el.clientWidth + 1) problems.push(`text overflows: ${name(el)}`);
      }
    }
    return problems;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`presentation mode at ${size.width}×${size.height}: nothing overflows, sliders drive the figures, Escape leaves`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Present' }).click();
    const view = page.getByTestId('presentation');
    await expect(view).toBeVisible();
    await expect(view.getByTestId('chart-position')).toBeVisible();
    await expect(view.getByTestId('present-kpis')).toContainText(
      'Both partners break even in month 26',
    );
    // At rest, the playhead's positions beside the chart are the final positions of the KPIs.
    const now = view.getByTestId('present-now');
    await expect(now).toHaveAttribute('data-month', '120');
    for (const p of ['msp', 'isv']) {
      await expect(view.getByTestId(`present-position-${p}`)).toHaveAttribute(
        'data-value',
        (await page.getByTestId(`kpi-final-position-${p}`).getAttribute('data-value')) ?? '?',
      );
    }
    // Focus starts on Play: a presenter's first Space plays (and does not leave), the next pauses.
    const playback = view.getByTestId('playback');
    await page.keyboard.press('Space');
    await expect(playback).toHaveAttribute('data-playing', 'true');
    await page.keyboard.press('Space');
    await expect(playback).toHaveAttribute('data-playing', 'false');
    await expect(view).toBeVisible();
    // The dialog covers the screen.
    const box = await view.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: size.width, height: size.height });
    expect(await layoutProblems(page)).toEqual([]);
    // Contrast and names at both projector sizes (axe's colour-contrast rule is in wcag2aa).
    expect(await seriousViolations(page, '[data-testid="presentation"]')).toEqual([]);

    // The bands are named, every phase of the scenario on its own colour.
    const legend = view.getByTestId('present-phase-legend');
    await expect(legend).toBeVisible();
    await expect(legend.getByRole('listitem')).toHaveText([
      '1 Investment',
      '2 Cash-flow negative',
      '3 Unequal investments',
      '4 Aligned investments',
      '5 Net positive',
    ]);

    // While playing, too (the phase sentence and callouts change under the chart).
    await playback.getByRole('slider').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    expect(await layoutProblems(page)).toEqual([]);
    // Month 11 is both partners' deepest month: the side says the phase and the KPIs' amounts.
    await expect(now).toHaveAttribute('data-month', '11');
    await expect(view.getByTestId('present-now-phase')).toHaveText(
      'Month 11: Phase 2 · Cash-flow negative',
    );
    await expect(now).toContainText('Where each partner stands at the end of month 11');
    for (const p of ['msp', 'isv']) {
      const deepest = await page.getByTestId(`kpi-max-exposure-${p}`).getAttribute('data-value');
      await expect(view.getByTestId(`present-position-${p}`)).toHaveAttribute(
        'data-value',
        `-${deepest}`,
      );
      await expect(view.getByTestId(`present-position-${p}`)).toHaveText(
        `−${(await view.getByTestId(`present-kpi-max-exposure-${p}`).textContent()) ?? '?'}`,
      );
    }
    expect(await seriousViolations(page, '[data-testid="presentation"]')).toEqual([]);

    // A slider changes the scenario, and the figures follow.
    const finalIsv = view.getByTestId('present-kpi-final-position-isv');
    const before = await finalIsv.getAttribute('data-value');
    const price = view.getByRole('slider', { name: 'Price per instance per month' });
    await price.focus();
    await page.keyboard.press('ArrowRight');
    await expect(view.locator('output').first()).toHaveText('395 CHF/month');
    await expect(finalIsv).not.toHaveAttribute('data-value', before ?? '');
    expect(await layoutProblems(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(view).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  });
}

test('presentation mode in German: the legend, the playhead in words, axe clean at 1280×720', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?lang=de');
  await page.getByRole('button', { name: 'Präsentieren' }).click();
  const view = page.getByTestId('presentation');
  await expect(view.getByTestId('present-phase-legend')).toContainText('Phasenbänder');
  await expect(view.getByTestId('present-phase-legend')).toContainText('2 Negativer Cashflow');
  await view.getByTestId('playback').getByRole('slider').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
  await expect(view.getByTestId('present-now-phase')).toHaveText(
    'Monat 14: Phase 3 · Ungleiche Investitionen',
  );
  await expect(view.getByTestId('present-now')).toContainText(
    'Wo jeder Partner Ende Monat 14 steht',
  );
  expect(await layoutProblems(page)).toEqual([]);
  expect(await seriousViolations(page, '[data-testid="presentation"]')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Präsentieren' })).toBeFocused();
});

test('the printed report holds the scenario’s name, inputs and key figures on A4 pages', async ({
  page,
}, testInfo) => {
  // A preset, so the report shows figures other than the defaults.
  await page.getByRole('button', { name: 'MSP invests more' }).click();
  await page.getByRole('button', { name: 'Print report' }).click();
  const report = page.getByTestId('report');
  await expect(report).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
  await expect(report.getByTestId('compare-table')).toBeVisible();
  expect(await seriousViolations(page, '[data-testid="report"]')).toEqual([]);

  const title = (await report.getByTestId('report-title').textContent()) ?? '';
  const kpis = await report.locator('.kpi-card__value').allInnerTexts();
  const inputs = await report
    .getByTestId('report-inputs')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent ?? '')));
  expect(kpis.length).toBeGreaterThanOrEqual(10);
  expect(inputs.length).toBeGreaterThanOrEqual(18);

  // On paper: only the report; no toolbar, no buttons of the page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app')).toBeHidden();
  await expect(report.getByRole('toolbar')).toBeHidden();
  await expect(report.locator('.chart-png').first()).toBeHidden();

  const file = testInfo.outputPath('report.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  const pdf = readFileSync(file);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
  expect(pages).toBeGreaterThanOrEqual(3);
  const pageSize = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
    execFileSync('pdfinfo', [file]).toString(),
  );
  // A4 in points: 595.28 × 841.89.
  expect(Math.round(Number(pageSize?.[1]))).toBe(595);
  expect(Math.round(Number(pageSize?.[2]))).toBe(842);
  expect(pdf.length).toBeGreaterThan(20_000);

  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const words = flat(text);
  expect(words).toContain(flat(title));
  expect(title).not.toBe('');
  // The currency code of an amount sits on a line of its own above the digits.
  for (const kpi of kpis) expect(words).toContain(flat(kpi.replace(/^[A-Z]{3}\s/, '')));
  for (const cells of inputs) {
    for (const cell of cells) expect(words).toContain(flat(cell));
  }
  // Charts are whole: the month axis runs to the horizon's last tick.
  expect(words).toMatch(/ 100 120 Month /);
  expect(words).toContain('Price per instance per month');
  expect(words).toContain('Compared with a fixed split');
  expect(words).toContain('Phase 5 · Net positive');

  await page.emulateMedia({ media: 'screen' });
  await report.getByRole('button', { name: 'Back to the simulator' }).click();
  await expect(report).toHaveCount(0);
  await expect(page.locator('.app')).toBeVisible();
});

/** Width, height and the number of distinct colours of a PNG, decoded by the browser. */
async function decodePng(page: Page, file: string) {
  const url = `data:image/png;base64,${readFileSync(file).toString('base64')}`;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) return { width: 0, height: 0, colours: 0 };
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length && colours.size < 50; i += 4 * 97) {
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
    }
    return { width: canvas.width, height: canvas.height, colours: colours.size };
  }, url);
}

test('each chart downloads as a PNG that is not empty', async ({ page }, testInfo) => {
  // Each chart's own button, found inside the chart: the charts below the first one open in later
  // stages of the first render, so a page-wide list of buttons could shift while it is walked.
  const charts: [testId: string, file: string][] = [
    ['chart-position', 'revenue-sharing-timeline'],
    ['chart-margin', 'monthly-margin-of-each-partner'],
    ['chart-revenue-split', 'monthly-revenue-split'],
    ['chart-instances', 'instances-over-time'],
  ];
  for (const [testId, file] of charts) {
    const button = page.getByTestId(testId).getByRole('button', { name: /^Download PNG/ });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    // Named after the scenario, then the chart.
    expect(download.suggestedFilename()).toBe(`example-managed-service-${file}.png`);
    const saved = testInfo.outputPath(`${testId}.png`);
    await download.saveAs(saved);
    const png = await decodePng(page, saved);
    expect(png.width).toBeGreaterThan(600);
    expect(png.height).toBeGreaterThan(300);
    // Lines, bands, text: many colours, not a blank (single-colour) image.
    expect(png.colours).toBeGreaterThan(5);
  }
});
