import { expect, test, type BrowserContext, type Page } from './fixtures';
import { defaultScenario } from '../../src/engine';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  SECURITY_HEADERS,
} from '../../src/build-tools/security-headers.ts';
import { expectKpis, summaryOf } from './kpi-expectations';

/**
 * The locked-down build: the production build under its Content-Security-Policy (as
 * `vite preview` sends it, and as the meta tag in index.html carries it) and Trusted Types. Every
 * view is used once; not one `securitypolicyviolation` may fire, in the page or in a worker.
 */

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

let problems: string[] = [];

/**
 * A worker's violations fire in the worker, where no init script reaches, and Playwright does
 * not pass a worker's browser messages on; so the workers' logs are read over the DevTools
 * protocol, where Chromium logs each refusal (source "security"). Log.enable also delivers what
 * was logged before it, so nothing from a worker's first moments is missed. The dedicated workers
 * (engine, analysis) are attached through the page, the service worker through the browser.
 */
async function watchWorkers(context: BrowserContext, page: Page): Promise<() => Promise<void>> {
  const sessions = [await context.newCDPSession(page)];
  const browser = context.browser();
  if (browser) sessions.push(await browser.newBrowserCDPSession());
  const [pageSession, browserSession] = sessions;
  for (const cdp of sessions) {
    const watch = async (sessionId: string, what: string) => {
      const message = JSON.stringify({ id: 1, method: 'Log.enable' });
      await cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        problems.push(`could not watch ${what}`);
      });
    };
    cdp.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => {
      void watch(sessionId, `${targetInfo.type} ${targetInfo.url}`);
    });
    cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
      const { method, params } = JSON.parse(message) as {
        method?: string;
        params?: { entry: { source: string; level: string; text: string; url?: string } };
      };
      if (method !== 'Log.entryAdded' || !params) return;
      const { source, level, text, url } = params.entry;
      if (source === 'security' || level === 'error') problems.push(`worker: ${text} (${url})`);
    });
  }
  await pageSession?.send('Target.setAutoAttach', {
    autoAttach: true,
    waitForDebuggerOnStart: false,
    flatten: false,
  });
  browserSession?.on('Target.targetCreated', ({ targetInfo }) => {
    if (targetInfo.type !== 'service_worker') return;
    browserSession
      .send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false })
      .catch(() => problems.push(`could not attach to ${targetInfo.url}`));
  });
  await browserSession?.send('Target.setDiscoverTargets', { discover: true });
  return async () => {
    for (const cdp of sessions) await cdp.detach().catch(() => {});
  };
}

let stopWatching = async () => {};

test.beforeEach(async ({ page, context }) => {
  problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // The browser reports what a policy refused on the page's console too.
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  stopWatching = await watchWorkers(context, page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    const w = window as unknown as { violations: Violation[]; printCalls: number };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.violations.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}`,
      });
    });
    // window.print() would open a dialog in a headed browser; count the calls instead.
    w.printCalls = 0;
    window.print = () => {
      w.printCalls++;
    };
  });
});

test.afterEach(async ({ page }) => {
  await stopWatching();
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { violations: Violation[] }).violations);

test('the page is served with the security headers, and the meta tag carries the policy', async ({
  page,
}) => {
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META);
  // Before anything that loads: a policy covers only what comes after it.
  expect(
    await page.evaluate(() => {
      const all = [...document.head.children];
      const meta = all.findIndex((el) => el.getAttribute('http-equiv') !== null);
      return all.slice(0, meta).map((el) => el.outerHTML);
    }),
  ).toEqual(['<meta charset="UTF-8">']);
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  await expectKpis(page, summaryOf(defaultScenario));

  // The workers and the service worker get their own policy, from their own response.
  const engineWorker = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .find((name) => name.includes('engine.worker')),
  );
  for (const url of [engineWorker ?? 'no engine worker loaded', '/sw.js']) {
    const served = await page.request.get(url);
    expect(served.ok(), url).toBe(true);
    expect(served.headers()['content-security-policy'], url).toBe(CONTENT_SECURITY_POLICY);
  }

  // Trusted Types are enforced: markup written as a string is refused, and reported once by each
  // policy (the header's and the meta tag's: both are in force).
  const written = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b>not trusted</b>');
      return 'written';
    } catch (e) {
      return e instanceof Error ? e.name : String(e);
    }
  });
  expect(written).toBe('TypeError');
  expect((await violations(page)).map((v) => v.directive)).toEqual([
    'require-trusted-types-for',
    'require-trusted-types-for',
  ]);
  await page.evaluate(() => ((window as unknown as { violations: Violation[] }).violations = []));
  problems = problems.filter((p) => !p.includes('TrustedHTML'));
});

test('every view works under the policy without a single violation', async ({ page }) => {
  await page.goto('/');
  await expectKpis(page, summaryOf(defaultScenario));

  // Analysis: each tab computes in the analysis worker.
  const analysis = page.getByRole('region', { name: 'Analysis' });
  await analysis.scrollIntoViewIfNeeded();
  await analysis.getByRole('tab', { name: 'Sensitivity' }).click();
  await expect(analysis.getByTestId('tornado').locator('.tornado__row')).toHaveCount(12);
  await analysis.getByRole('tab', { name: 'Goal seek' }).click();
  await analysis.getByLabel('Which').selectOption({ label: 'Price per instance per month' });
  await analysis.getByLabel('breaks even by month').fill('24');
  await analysis.getByRole('button', { name: 'Find the value' }).click();
  await expect(analysis.getByTestId('goal-seek-answer')).toContainText('CHF 442.83');
  await analysis.getByRole('tab', { name: 'Compare scenarios' }).click();
  await analysis.getByRole('button', { name: 'Pin the current scenario' }).click();
  await analysis.getByLabel('Add a preset').selectOption({ label: 'Slow start' });
  await expect(analysis.getByRole('img', { name: /Positions over time/ })).toBeVisible();

  // A chart: its tooltip, its table, a phase explained, playback; then a month clicked on it is
  // explained.
  const chart = page.getByTestId('chart-position');
  const plot = chart.locator('.time-chart__plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  if (!box) throw new Error('no chart');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.month-tooltip')).toBeVisible();
  await chart.getByRole('button', { name: 'Show as table' }).click();
  await expect(chart.getByRole('table')).toBeVisible();
  await page.locator('.phase-timeline__button').last().hover();
  await expect(page.getByRole('tooltip')).toContainText('Phase 5');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByTestId('playback').getByRole('button', { name: /Play/ }).click();
  await expect(page.getByTestId('playback')).toHaveAttribute('data-month', '120');
  // Clicked by locator, not by the box measured above: the page may have scrolled since.
  await plot.click({ position: { x: box.width / 3, y: box.height / 2 } });
  await expect(page.getByTestId('explain-panel')).toBeVisible();

  // The monthly table, and its CSV.
  await page.getByLabel('Jump to month').fill('30');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.locator('.month-table tr[data-month="30"]')).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);

  // A chart as PNG (drawn through a data: image onto a canvas).
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('.results-panel')
      .getByRole('button', { name: /^Download PNG/ })
      .first()
      .click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);

  // Export .json and Copy link.
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export .json' }).click(),
  ]);
  expect(json.suggestedFilename()).toMatch(/\.json$/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();

  // Present, and Escape.
  await page.getByRole('button', { name: 'Present' }).click();
  const view = page.getByTestId('presentation');
  await expect(view.getByTestId('present-kpis')).toContainText('break even');
  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);

  // Print report.
  await page.getByRole('button', { name: 'Print report' }).click();
  const report = page.getByTestId('report');
  await expect(report.getByTestId('compare-table')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
    .toBe(1);
  await report.getByRole('button', { name: 'Back to the simulator' }).click();
  await expect(page.locator('.app')).toBeVisible();

  // The figures still follow the inputs.
  await page
    .getByRole('textbox', { name: 'Price per instance per month', exact: true })
    .fill('420');
  await expect(page.getByTestId('kpi-total-revenue')).not.toHaveAttribute(
    'data-value',
    summaryOf(defaultScenario).totalRevenue,
  );
});
