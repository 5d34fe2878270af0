import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Page } from './fixtures';
import { defaultScenario, simulate } from '../../src/engine';
import type { CanonicalResult, Scenario } from '../../src/engine';
import { PRESETS } from '../../src/state/presets';
import {
  COSTS_SPECS,
  GROWTH_SPECS,
  PARTNER_NUMBER_SPECS,
  PRICE_SPECS,
  TIMELINE_SPECS,
} from '../../src/ui/form/field-specs';
import type { NumberSpec } from '../../src/ui/form/field-specs';
import { decodeScenarioHash } from '../../src/url/codec';
import { expect, expectedKpis } from './kpi-expectations';

/**
 * A fuzzed user: from a preset, random edits of every field (typed key by key or by slider,
 * shrinking and growing the horizon and the investment months, invalid values in between),
 * presets, reset, undo and redo, and the views that hold a month (a month selected on a chart, the table
 * scrolled to the end, playback running), with short random waits. After every step the page
 * must be whole: content in the root, no page error, no section showing its failure message.
 * Whenever the page is quiet, the KPIs must be the command-line simulator's figures for the
 * scenario in the address bar. Fixed seeds: a failure prints its seed and steps to replay it.
 */

const SEEDS = [17, 4242, 90210, 31337, 2718, 1618];
const STEPS_PER_SEED = 55; // 330 steps in all

test.setTimeout(20 * 60_000);
// A step whose control is missing or covered fails fast instead of waiting for the test timeout.
test.use({ actionTimeout: 10_000 });

/** mulberry32: a tiny seeded generator, so a failing sequence replays exactly. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

interface Field {
  name: string;
  spec: NumberSpec;
  /** The fieldset holding the field, for the partners' same-named fields. */
  group?: string;
}

const PARTNER_GROUPS = ['Service provider (MSP)', 'Software vendor (ISV)'];
const FIELDS: Field[] = [
  ...Object.values(PRICE_SPECS).map((spec) => ({ name: spec.label, spec })),
  ...Object.values(GROWTH_SPECS).map((spec) => ({ name: spec.label, spec })),
  ...Object.values(COSTS_SPECS).map((spec) => ({ name: spec.label, spec })),
  ...PARTNER_GROUPS.flatMap((group) =>
    Object.values(PARTNER_NUMBER_SPECS).map((spec) => ({ name: spec.label, spec, group })),
  ),
];

const HORIZONS = ['1', '2', '5', '12', '13', '24', '120', '121', '360', '600', '6000'];
const INVESTMENT = ['0', '1', '6', '11', '12', '36', '599'];
const INVALID = ['-5', 'abc', '1.2345678', '', '1e5', '12,5', '99999999999999'];
const NAMES = ['Demo', '<b>bold</b>', '"; DROP TABLE', 'Zürich 🚀', ''];

function inputOf(page: Page, field: Field) {
  const scope = field.group ? page.getByRole('group', { name: field.group }) : page;
  return scope.getByRole('textbox', { name: field.name, exact: true });
}

function sliderOf(page: Page, field: Field) {
  const scope = field.group ? page.getByRole('group', { name: field.group }) : page;
  return scope.getByRole('slider', { name: `${field.name} slider`, exact: true });
}

/** A value within the slider's range, with as many decimals as its step. */
function valueFor(spec: NumberSpec, r: Random): string {
  const s = spec.slider ?? { min: 0, max: 1000, step: '1' };
  const decimals = (s.step.split('.')[1] ?? '').length;
  return (s.min + r.next() * (s.max - s.min)).toFixed(spec.whole ? 0 : decimals);
}

/** Types text key by key after clearing the field, so every prefix passes through the form. */
async function typeInto(page: Page, field: Field, text: string) {
  const input = inputOf(page, field);
  if (!(await input.isVisible())) return;
  // Focused, not clicked: an open month explanation may cover the field (a keyboard user's path).
  await input.focus();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially(text, { delay: 15 });
}

/** Closes the month explanation if it is open, as a user does before clicking what it covers. */
async function closeExplanation(page: Page) {
  const close = page.getByRole('button', { name: 'Close the explanation' });
  if (!(await close.isVisible())) return;
  // The panel re-renders while a month is being followed (playback, a table jump settling): if
  // the button will not hold still for a click, Escape is the other way a user closes it.
  await close.click({ timeout: 4_000 }).catch(() => page.keyboard.press('Escape'));
  await expect(page.getByTestId('explain-panel')).toBeHidden();
}

type Step = (page: Page, r: Random) => Promise<string>;

const STEPS: [weight: number, step: Step][] = [
  [
    6,
    async (page, r) => {
      const field = r.pick(FIELDS);
      const value = valueFor(field.spec, r);
      await typeInto(page, field, value);
      return `type ${value} into ${field.group ?? ''} ${field.name}`;
    },
  ],
  [
    3,
    async (page, r) => {
      const value = r.pick(HORIZONS);
      await typeInto(page, { name: 'Horizon', spec: TIMELINE_SPECS.horizonMonths }, value);
      return `type horizon ${value}`;
    },
  ],
  [
    2,
    async (page, r) => {
      const value = r.pick(INVESTMENT);
      const field = { name: 'Investment months', spec: TIMELINE_SPECS.investmentMonths };
      await typeInto(page, field, value);
      return `type investment months ${value}`;
    },
  ],
  [
    2,
    async (page, r) => {
      const field = r.pick(FIELDS);
      const value = r.pick(INVALID);
      await typeInto(page, field, value);
      return `type invalid ${JSON.stringify(value)} into ${field.group ?? ''} ${field.name}`;
    },
  ],
  [
    4,
    async (page, r) => {
      const timeline: Field[] = [
        { name: 'Horizon', spec: TIMELINE_SPECS.horizonMonths },
        { name: 'Investment months', spec: TIMELINE_SPECS.investmentMonths },
      ];
      const field = r.pick([...FIELDS, ...timeline, ...timeline]);
      const slider = sliderOf(page, field);
      if (!(await slider.isVisible())) return `slider ${field.name} not shown`;
      const key = r.pick(['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown', 'Home', 'End']);
      const times = r.int(1, 4);
      await slider.focus();
      for (let i = 0; i < times; i++) await slider.press(key);
      return `slider ${field.group ?? ''} ${field.name}: ${key} ×${times}`;
    },
  ],
  [
    2,
    async (page, r) => {
      await closeExplanation(page);
      const preset = r.pick(PRESETS);
      await page.getByRole('button', { name: preset.title, exact: true }).click();
      return `preset ${preset.title}`;
    },
  ],
  [
    2,
    async (page, r) => {
      const redo = r.next() < 0.3;
      const button = page.getByRole('button', { name: redo ? 'Redo' : 'Undo', exact: true });
      if (!(await button.isEnabled())) return `${redo ? 'redo' : 'undo'}: nothing to do`;
      if (r.next() < 0.5) {
        await closeExplanation(page);
        await button.click();
        return redo ? 'redo (button)' : 'undo (button)';
      }
      await page.getByRole('heading', { name: 'Inputs' }).click();
      await page.keyboard.press(redo ? 'Control+Shift+z' : 'Control+z');
      return redo ? 'redo (Ctrl+Shift+Z)' : 'undo (Ctrl+Z)';
    },
  ],
  [
    1,
    async (page) => {
      await closeExplanation(page);
      await page.getByRole('button', { name: 'Reset to defaults' }).click();
      return 'reset to defaults';
    },
  ],
  [
    1,
    async (page) => {
      await closeExplanation(page);
      await page.getByLabel('Limit the number of instances (market size)').click();
      return 'toggle the instance cap';
    },
  ],
  [
    1,
    async (page, r) => {
      const name = r.pick(NAMES);
      await closeExplanation(page);
      const box = page.getByRole('textbox', { name: 'Scenario name' });
      await box.fill(name);
      return `name ${JSON.stringify(name)}`;
    },
  ],
  [
    2,
    async (page, r) => {
      // A month selected on the revenue-sharing timeline (it opens the explanation).
      await closeExplanation(page);
      const plot = page.getByTestId('chart-position').getByRole('group', { name: /arrow keys/ });
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      if (!box) return 'no chart to click';
      const x = box.width * (0.5 + r.next() * 0.49);
      await plot.click({ position: { x, y: box.height / 2 } });
      return `select a month at ${Math.round((100 * x) / box.width)} % of the chart`;
    },
  ],
  [
    2,
    async (page, r) => {
      // The monthly table scrolled far down (its last month).
      await closeExplanation(page);
      const jump = page.getByLabel('Jump to month');
      const months = await page.getByRole('grid').getAttribute('aria-rowcount');
      const month = String(Math.max(1, Number(months ?? '2') - 1 - r.int(0, 3)));
      await jump.fill(month);
      await jump.press('Enter');
      return `jump the table to month ${month}`;
    },
  ],
  [
    1,
    async (page) => {
      await closeExplanation(page);
      const play = page.getByRole('button', { name: /^Play/ }).first();
      if (await play.isVisible()) await play.click();
      return 'play the timeline';
    },
  ],
  [
    1,
    async (page) => {
      await closeExplanation(page);
      const plot = page.getByTestId('chart-margin').getByRole('group', { name: /arrow keys/ });
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      if (box) await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2);
      return 'hover the end of the margin chart';
    },
  ],
];

const TOTAL_WEIGHT = STEPS.reduce((sum, [w]) => sum + w, 0);
function pickStep(r: Random): Step {
  let n = r.next() * TOTAL_WEIGHT;
  for (const [w, step] of STEPS) {
    n -= w;
    if (n < 0) return step;
  }
  throw new Error('weights do not add up');
}

const KPI_IDS = Object.keys(expectedKpis(simulate(defaultScenario).summary));

async function readKpis(page: Page): Promise<Record<string, string>> {
  const values = await Promise.all(
    KPI_IDS.map(async (id) => (await page.getByTestId(id).getAttribute('data-value')) ?? '?'),
  );
  return Object.fromEntries(KPI_IDS.map((id, i) => [id, values[i] ?? '?']));
}

/** The page is whole: something in the root, no section failure, no failed run. */
async function expectWhole(page: Page, pageErrors: string[]) {
  expect(pageErrors).toEqual([]);
  expect(await page.locator('#root > *').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('section-error').allTextContents()).toEqual([]);
  expect(await page.getByTestId('run-error').allTextContents()).toEqual([]);
}

interface QuietCheck {
  step: number;
  scenario: Scenario;
  kpis: Record<string, string>;
}

/** Waits until the figures are up to date and the link has caught up, then records both. */
async function quietCheck(page: Page, step: number): Promise<QuietCheck> {
  const status = page.getByTestId('run-status');
  // An invalid value may stay in a field: then the figures are those of the last valid inputs.
  const quiet = /^(Up to date|Showing the last valid inputs)$/;
  for (;;) {
    await expect(status).toHaveText(quiet, { timeout: 60_000 });
    const hash = await page.evaluate(() => location.hash);
    const kpis = await readKpis(page);
    // The link follows the scenario after a short pause (History API rate limits).
    await page.waitForTimeout(450);
    const settled =
      quiet.test((await status.textContent()) ?? '') &&
      (await page.evaluate(() => location.hash)) === hash &&
      JSON.stringify(await readKpis(page)) === JSON.stringify(kpis);
    if (!settled) continue;
    const decoded = decodeScenarioHash(hash);
    const scenario = decoded?.ok && decoded.replaced.length === 0 ? decoded.scenario : null;
    if (!scenario) throw new Error(`step ${step}: the address holds no readable scenario: ${hash}`);
    return { step, scenario, kpis };
  }
}

/** The command-line simulator's KPIs for each checked scenario, in one run of the CLI. */
function cliKpis(checks: QuietCheck[]): Record<string, string>[] {
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-'));
  try {
    const files = checks.map((c, i) => {
      const file = join(dir, `${i}.json`);
      writeFileSync(file, JSON.stringify(c.scenario));
      return file;
    });
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/simulate.ts', ...files],
      { encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    return out
      .trim()
      .split('\n')
      .map((line) => expectedKpis((JSON.parse(line) as CanonicalResult).summary));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const seed of SEEDS) {
  test(`fuzzed edits from seed ${seed} never break the page and the KPIs match the CLI`, async ({
    page,
  }) => {
    const r = generator(seed);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const log: string[] = [];
    const checks: QuietCheck[] = [];
    const start = PRESETS[seed % PRESETS.length];
    if (!start) throw new Error('no presets');
    try {
      await page.goto('/');
      await page.getByRole('button', { name: start.title, exact: true }).click();
      log.push(`start from preset ${start.title}`);
      for (let i = 1; i <= STEPS_PER_SEED; i++) {
        log.push(`${i}: ${await pickStep(r)(page, r)}`);
        if (process.env.FUZZ_VERBOSE) console.log(seed, log.at(-1));
        await page.waitForTimeout(r.int(0, 300));
        await expectWhole(page, pageErrors);
        if (r.next() < 0.3 || i === STEPS_PER_SEED) checks.push(await quietCheck(page, i));
        await expectWhole(page, pageErrors);
      }
      const expected = cliKpis(checks);
      checks.forEach((c, i) => {
        expect(c.kpis, `KPIs after step ${c.step}`).toEqual(expected[i]);
      });
    } catch (error) {
      console.log(`fuzz seed ${seed} failed; steps so far:\n${log.join('\n')}`);
      await page
        .screenshot({ path: test.info().outputPath(`fuzz-${seed}.png`), fullPage: false })
        .catch(() => {});
      throw error;
    }
  });
}
