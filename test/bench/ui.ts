/**
 * UI speed in headless Chromium against the production build. Prints figures; asserts nothing
 * (the machine is shared, so timings are for reading, not for failing a build).
 *
 *   npm run bench:ui                       builds into dist/ first, then measures
 *   BENCH_OUTDIR=/tmp/x BENCH_PORT=4400 npx tsx test/bench/ui.ts   measures an existing build
 *
 * Measured:
 * - "Price per instance" changed → KPI cards updated (DOM and next frame): median and p95 at
 *   120 months, p95 at 6,000 months;
 * - a continuous 2 s slider drag: how often the KPIs and the chart changed during the drag, and
 *   the longest main-thread task (PerformanceObserver 'longtask');
 * - initial JavaScript gzipped (entry chunk + the engine worker it starts at once);
 * - first render of the default scenario (navigation start → KPI cards with figures, visible: the
 *   prerendered first screen counts once it shows, never while it is only in the markup), and the
 *   main-thread tasks over 50 ms until then and until the page is idle (BENCH_ONLY=load measures
 *   only this and the sizes; BENCH_FIRST_RUNS sets the number of cold loads, 5 by default); and
 *   from traced cold loads (BENCH_CPU_RUNS, 3 by default) the main thread's CPU time until the
 *   first KPIs and its longest task's, which the machine's load hardly changes;
 * - input → risk figures for 1,000 runs × 120 months (BENCH_ONLY=risk measures only this).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';

const outDir = resolve(process.env.BENCH_OUTDIR ?? 'dist');
const port = Number(process.env.BENCH_PORT ?? 4319);
const baseUrl = `http://127.0.0.1:${port}/`;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------- helpers ----------

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}
const ms = (v: number) => `${v.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'within target' : 'OVER TARGET');

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no server at ${url}`);
}

/** Entry scripts and preloads named by index.html, plus worker chunks (started at load). */
function initialJsSizes(): { entry: number; worker: number; files: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const entry = refs.reduce((sum, f) => sum + gz(f), 0);
  const entryText = refs.map((f) => readFileSync(join(outDir, f), 'utf8')).join('\n');
  const workers = [...entryText.matchAll(/(assets\/[\w.-]*worker[\w.-]*\.js)/g)].map(
    (m) => m[1] ?? '',
  );
  const worker = [...new Set(workers)].reduce((sum, f) => sum + gz(f), 0);
  return { entry, worker, files: [...refs, ...new Set(workers)] };
}

/** Installed before any page script: records long tasks and every KPI / chart change with its time. */
const PROBE = `
  window.__bench = { longTasks: [], kpiChanges: [], chartChanges: [], firstKpi: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const el = r.target;
      if (r.type === 'attributes' && el.getAttribute && el.getAttribute('data-testid') === 'kpi-total-revenue') {
        window.__bench.kpiChanges.push(now);
      }
      if (el.closest && el.closest('[data-testid="chart-position"]')) window.__bench.chartChanges.push(now);
    }
    const kpi = document.querySelector('[data-testid="kpi-total-revenue"]');
    if (window.__bench.firstKpi === null && kpi && kpi.getAttribute('data-value') && kpi.checkVisibility()) window.__bench.firstKpi = now;
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-value', 'd'] });
`;

interface Probe {
  longTasks: { start: number; duration: number }[];
  kpiChanges: number[];
  chartChanges: number[];
  firstKpi: number | null;
}
const probe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/**
 * Types a new price the way an input event does and times it until the revenue KPI changes
 * (the DOM is updated) and until the frame after that (painted).
 */
async function timePriceChange(page: Page, price: string): Promise<{ dom: number; frame: number }> {
  return page.evaluate(
    (value) =>
      new Promise<{ dom: number; frame: number }>((done, fail) => {
        const input = [...document.querySelectorAll('label')].find(
          (l) => l.textContent === 'Price per instance per month',
        )?.control as HTMLInputElement | undefined;
        const kpi = document.querySelector('[data-testid="kpi-total-revenue"]');
        if (!input || !kpi) return fail(new Error('price field or KPI not found'));
        const before = kpi.getAttribute('data-value');
        const timeout = setTimeout(() => fail(new Error('KPI did not change')), 10_000);
        const observer = new MutationObserver(() => {
          if (kpi.getAttribute('data-value') === before) return;
          const dom = performance.now() - start;
          observer.disconnect();
          clearTimeout(timeout);
          requestAnimationFrame(() =>
            setTimeout(() => done({ dom, frame: performance.now() - start })),
          );
        });
        observer.observe(kpi, { attributes: true, attributeFilter: ['data-value'] });
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const start = performance.now();
        setter?.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    price,
  );
}

async function priceChanges(page: Page, runs: number): Promise<{ dom: number[]; frame: number[] }> {
  const dom: number[] = [];
  const frame: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const t = await timePriceChange(page, String(391 + (i % 2 === 0 ? i : -i / 10)));
    if (i >= 5) {
      dom.push(t.dom);
      frame.push(t.frame);
    }
  }
  return { dom, frame };
}

async function setHorizon(page: Page, months: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Horizon', exact: true }).fill(months);
  await page.getByTestId('run-status').filter({ hasText: 'Up to date' }).waitFor();
  await page.waitForTimeout(300);
}

async function drag(page: Page, seconds: number) {
  const slider = page.getByRole('slider', { name: 'Price per instance per month slider' });
  // The first-visit introduction pushes the inputs below the fold: a drag off screen hits nothing.
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  const startT = await page.evaluate(() => performance.now());
  await page.mouse.move(box.x + box.width * 0.2, y);
  await page.mouse.down();
  const until = Date.now() + seconds * 1000;
  let step = 0;
  while (Date.now() < until) {
    // Back and forth across the middle of the track, one small move per frame or so.
    const phase = (step++ % 120) / 120;
    const f = phase < 0.5 ? 0.2 + phase : 1.2 - phase;
    await page.mouse.move(box.x + box.width * f, y);
    await page.waitForTimeout(16);
  }
  const releaseT = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await page.waitForTimeout(500);
  const p = await probe(page);
  const during = (t: number) => t > startT && t < releaseT;
  const tasks = p.longTasks.filter((t) => t.start > startT && t.start < releaseT + 500);
  return {
    moves: step,
    kpiUpdates: p.kpiChanges.filter(during).length,
    chartUpdates: new Set(p.chartChanges.filter(during).map((t) => Math.round(t))).size,
    longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    longTasks: tasks.length,
  };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/**
 * CPU time (thread time, not wall time) the page's main thread and its engine worker spend on
 * `action`, from a Chromium trace. Unlike latency, it hardly moves when other processes compete
 * for the CPU, so it shows what the UI costs on a quiet machine.
 */
async function cpuTime(browser: Browser, page: Page, action: () => Promise<void>) {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await action();
  const buffer = await browser.stopTracing();
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = new Map<string, string>();
  for (const e of events) {
    if (e.name === 'thread_name' && e.args?.name) threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  const perThread = new Map<string, { total: number; longest: number; wallLongest: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || e.tdur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const t = perThread.get(key) ?? { total: 0, longest: 0, wallLongest: 0 };
    t.total += e.tdur / 1000;
    t.longest = Math.max(t.longest, e.tdur / 1000);
    t.wallLongest = Math.max(t.wallLongest, (e.dur ?? 0) / 1000);
    perThread.set(key, t);
  }
  const busiest = (name: string) =>
    [...perThread.entries()]
      .filter(([key]) => threads.get(key)?.startsWith(name))
      .map(([, t]) => t)
      .sort((a, b) => b.total - a.total)[0] ?? { total: 0, longest: 0, wallLongest: 0 };
  // All workers together: the engine worker, and any other worker a scenario change wakes.
  const workers = [...perThread.entries()]
    .filter(([key]) => threads.get(key)?.startsWith('DedicatedWorker'))
    .reduce((sum, [, t]) => sum + t.total, 0);
  return { main: busiest('CrRendererMain'), workers };
}

/**
 * Input → risk figures: the Risk tab with the set-up suggestion (1,000 runs × 120 months), the
 * seed typed anew each try; from the input event until the figures are no longer stale (the
 * new result is rendered). The seed changes every run's samples, so each try is a full analysis.
 */
async function riskLatency(browser: Browser, tries: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  const section = page.getByRole('region', { name: 'Analysis' });
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name: 'Risk' }).click();
  await section.getByRole('button', { name: 'Set-up effort 80–150 %' }).click();
  const fresh = section.locator('[data-testid="risk-results"][data-stale="false"]');
  await fresh.waitFor({ timeout: 30_000 });
  const out: number[] = [];
  for (let i = 0; i < tries; i++) {
    const elapsed = await page.evaluate(async (seed) => {
      const input = [...document.querySelectorAll('label')]
        .find((l) => l.textContent?.trim().startsWith('Seed'))
        ?.querySelector('input');
      if (!input) throw new Error('no seed input');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const t0 = performance.now();
      setter?.call(input, String(seed));
      input.dispatchEvent(new Event('input', { bubbles: true }));
      let seenStale = false;
      for (;;) {
        const stale = document
          .querySelector('[data-testid="risk-results"]')
          ?.getAttribute('data-stale');
        if (stale === 'true') seenStale = true;
        if (seenStale && stale === 'false') return performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(r));
      }
    }, 1000 + i);
    out.push(elapsed);
  }
  await context.close();
  return out;
}

const line = (label: string, text: string) => console.log(`${label.padEnd(52)} ${text}`);

interface LoadTasks {
  firstKpi: number;
  /** Main-thread tasks over 50 ms from navigation until the first KPIs. */
  untilKpi: { count: number; longest: number };
  /** The same until the page is idle (network quiet and no long task for a second). */
  untilIdle: { count: number; longest: number };
}

const QUIET_MS = 1000;

/**
 * Cold loads (a fresh context each time, so nothing is cached): navigation start → KPI cards
 * with figures, and the long tasks until then and until the page has settled.
 */
async function firstLoads(browser: Browser, runs: number): Promise<LoadTasks[]> {
  const out: LoadTasks[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(baseUrl);
    await page.locator('[data-testid="kpi-total-revenue"][data-value]').waitFor();
    await page.waitForLoadState('networkidle');
    // Idle: a full second without a long task starting or ending (capped at 15 s).
    await page.waitForFunction(
      (quiet) => {
        const b = (window as unknown as { __bench: Probe }).__bench;
        const last = b.longTasks.reduce((m, t) => Math.max(m, t.start + t.duration), 0);
        return performance.now() - last > quiet;
      },
      QUIET_MS,
      { timeout: 15_000, polling: 100 },
    );
    const p = await probe(page);
    await context.close();
    if (p.firstKpi === null) continue;
    const firstKpi = p.firstKpi;
    const summary = (tasks: Probe['longTasks']) => ({
      count: tasks.length,
      longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    });
    out.push({
      firstKpi,
      untilKpi: summary(p.longTasks.filter((t) => t.start < firstKpi)),
      untilIdle: summary(p.longTasks),
    });
  }
  return out;
}

interface LoadCpu {
  /** Main-thread CPU time from navigation to the first KPIs. */
  untilKpi: number;
  /** CPU time of the longest main-thread task until the first KPIs, and in the 3 s after. */
  longestUntilKpi: number;
  longestAfter: number;
}

/**
 * The same cold load, traced: main-thread CPU time (thread time, which other processes on the
 * machine hardly change) until the first KPIs, and the CPU time of the longest tasks.
 */
async function firstLoadCpu(browser: Browser, runs: number): Promise<LoadCpu[]> {
  const out: LoadCpu[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
    await page.goto(baseUrl);
    await page.locator('[data-testid="kpi-total-revenue"][data-value]').waitFor();
    await page.waitForTimeout(3000);
    const p = await probe(page);
    const buffer = await browser.stopTracing();
    await context.close();
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const nav = events.find(
      (e) =>
        e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').startsWith(baseUrl),
    );
    if (!nav || p.firstKpi === null) continue;
    const kpiTs = nav.ts + p.firstKpi * 1000;
    const tasks = events.filter(
      (e) =>
        e.pid === nav.pid &&
        e.tid === nav.tid &&
        e.ph === 'X' &&
        e.name === 'RunTask' &&
        e.ts >= nav.ts &&
        e.tdur !== undefined,
    );
    const cpu = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
    const before = tasks.filter((e) => e.ts < kpiTs);
    const after = tasks.filter((e) => e.ts >= kpiTs && e.ts < kpiTs + 3e6);
    out.push({
      untilKpi: before.reduce((sum, e) => sum + cpu(e), 0),
      longestUntilKpi: before.reduce((m, e) => Math.max(m, cpu(e)), 0),
      longestAfter: after.reduce((m, e) => Math.max(m, cpu(e)), 0),
    });
  }
  return out;
}

function printLoadCpu(cpu: LoadCpu[]) {
  const med = (pick: (c: LoadCpu) => number) => ms(percentile(cpu.map(pick), 50));
  line(
    `  main-thread CPU, navigation → first KPIs (${cpu.length} traced)`,
    `median ${med((c) => c.untilKpi)}; longest task's CPU: median ${med((c) => c.longestUntilKpi)} until the KPIs, ${med((c) => c.longestAfter)} in the 3 s after`,
  );
}

function printLoad(
  sizes: { entry: number; worker: number },
  loadLine: string,
  tasksLine: (pick: (l: LoadTasks) => { count: number; longest: number }) => string,
  runs: number,
) {
  console.log(`UI benchmark (production build in ${outDir}, headless Chromium)\n`);
  line(
    'Initial JS, gzipped: entry chunk(s)',
    `${(sizes.entry / 1024).toFixed(1)} KB  (target ≤ 150 KB: ${verdict(sizes.entry <= 150 * 1024)})`,
  );
  line(
    'Initial JS, gzipped: entry + engine worker',
    `${((sizes.entry + sizes.worker) / 1024).toFixed(1)} KB  (target ≤ 250 KB: ${verdict(sizes.entry + sizes.worker <= 250 * 1024)})`,
  );
  line(`First render of the default scenario (median of ${runs})`, loadLine);
  line(
    '  long tasks, navigation → first KPIs',
    tasksLine((l) => l.untilKpi),
  );
  line(
    '  long tasks, navigation → page idle',
    tasksLine((l) => l.untilIdle),
  );
  if (process.env.BENCH_ONLY === 'load') {
    const load = loadavg()[0] ?? 0;
    console.log(`\nLoad average while measuring: ${load.toFixed(1)} on ${cpus().length} CPUs.`);
  }
}

// ---------- main ----------

async function main() {
  const sizes = initialJsSizes();
  // Vite's own entry under this Node (not npx), so that killing it stops the server itself.
  const vite = resolve('node_modules/vite/bin/vite.js');
  const server = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await waitForServer(baseUrl, server);
    const firstRuns = Number(process.env.BENCH_FIRST_RUNS ?? 5);
    const risk = process.env.BENCH_ONLY === 'load' ? [] : await riskLatency(browser, 9);
    const riskLine = `median ${ms(percentile(risk, 50))}  (all: ${risk.map((v) => v.toFixed(0)).join(', ')}; target p50 ≤ 250 ms: ${verdict(percentile(risk, 50) <= 250)})`;
    if (process.env.BENCH_ONLY === 'risk') {
      console.log(`Input → risk figures, 1,000 runs × 120 months (9 tries): ${riskLine}`);
      return;
    }

    const loads = await firstLoads(browser, firstRuns);
    const firstRenders = loads.map((l) => l.firstKpi);
    const loadLine = `${ms(percentile(firstRenders, 50))}  (all: ${firstRenders.map((v) => v.toFixed(0)).join(', ')}; target ≤ 500 ms: ${verdict(percentile(firstRenders, 50) <= 500)})`;
    const tasksLine = (pick: (l: LoadTasks) => { count: number; longest: number }) => {
      const longest = loads.map((l) => pick(l).longest);
      const counts = loads.map((l) => pick(l).count);
      return `longest median ${ms(percentile(longest, 50))}, max ${ms(Math.max(...longest))}; tasks per load: ${counts.join(', ')}  (target none over 50 ms: ${verdict(Math.max(...longest) <= 50)})`;
    };
    const loadCpu = await firstLoadCpu(browser, Number(process.env.BENCH_CPU_RUNS ?? 3));
    if (process.env.BENCH_ONLY === 'load') {
      printLoad(sizes, loadLine, tasksLine, firstRuns);
      printLoadCpu(loadCpu);
      return;
    }

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(baseUrl);
    await page.locator('[data-testid="kpi-total-revenue"][data-value]').waitFor();
    // The inputs follow the key figures in a render of their own.
    await page.getByRole('textbox', { name: 'Price per instance per month' }).waitFor();

    const at120 = await priceChanges(page, 40);
    const cpu120 = await cpuTime(browser, page, async () => void (await priceChanges(page, 15)));
    const drag120 = await drag(page, 2);
    const dragCpu120 = await cpuTime(browser, page, async () => void (await drag(page, 2)));
    await setHorizon(page, '6000');
    const at6000 = await priceChanges(page, 20);
    const cpu6000 = await cpuTime(browser, page, async () => void (await priceChanges(page, 10)));
    const drag6000 = await drag(page, 2);
    const dragCpu6000 = await cpuTime(browser, page, async () => void (await drag(page, 2)));
    await context.close();

    printLoad(sizes, loadLine, tasksLine, firstRuns);
    printLoadCpu(loadCpu);
    line('Input → risk figures, 1,000 runs × 120 months (9 tries)', riskLine);
    const price = (label: string, r: { dom: number[]; frame: number[] }, target: string) => {
      line(
        label,
        `median ${ms(percentile(r.dom, 50))}, p95 ${ms(percentile(r.dom, 95))}  (next frame: median ${ms(percentile(r.frame, 50))}, p95 ${ms(percentile(r.frame, 95))})  ${target}`,
      );
    };
    price(
      'Price → KPIs at 120 months (40 runs)',
      at120,
      `target median ≤ 50, p95 ≤ 100: ${verdict(percentile(at120.dom, 50) <= 50 && percentile(at120.dom, 95) <= 100)}`,
    );
    price(
      'Price → KPIs at 6,000 months (20 runs)',
      at6000,
      `target p95 ≤ 250: ${verdict(percentile(at6000.dom, 95) <= 250)}`,
    );
    for (const [label, d, cpu] of [
      ['120', drag120, dragCpu120],
      ['6,000', drag6000, dragCpu6000],
    ] as const) {
      line(
        `Slider drag 2 s at ${label} months`,
        `${d.moves} moves, KPI updates during the drag: ${d.kpiUpdates}, chart updates: ${d.chartUpdates}, long tasks: ${d.longTasks}, longest: ${ms(d.longest)}  (target ≤ 50 ms: ${verdict(d.longest <= 50)})`,
      );
      line(
        `  same, CPU time of the longest main-thread task`,
        `${ms(cpu.main.longest)} CPU (its wall time ${ms(cpu.main.wallLongest)}; another drag, traced)`,
      );
    }
    console.log(
      '\nCPU time per price change (thread time from a trace; barely affected by machine load):',
    );
    for (const [label, cpu, n] of [
      ['120', cpu120, 20],
      ['6,000', cpu6000, 15],
    ] as const) {
      line(
        `  at ${label} months`,
        `main thread ${ms(cpu.main.total / n)}, workers ${ms(cpu.workers / n)}, longest main-thread task ${ms(cpu.main.longest)}`,
      );
    }
    const load = loadavg()[0] ?? 0;
    console.log(
      `\nLoad average while measuring: ${load.toFixed(1)} on ${cpus().length} CPUs (latencies above grow with it).`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
