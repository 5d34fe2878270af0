/**
 * `npm run bench`: speed and memory of the phase engine. A script that prints
 * figures, never a timed test: the machine is shared, so numbers vary from run to run.
 *
 * For the default scenario at 120, 1,200 and 6,000 months and for golden vector 17 it prints the
 * median time per run after warm-up, months per second, the same for a plain float64 loop of the
 * same rules (float-baseline.ts, the speed of light) and the ratio; then the heap growth of one
 * retained 6,000-month result. Run with --expose-gc (the npm script does) for the memory figure.
 */
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import {
  defaultScenario,
  parseScenario,
  simulate,
  toCanonical,
  upgradeScenario,
} from '../../src/engine/index';
import type { CostItem, PartnerInputV2, Scenario, ScenarioV2 } from '../../src/engine/index';
import { goldenPath } from '../golden';
import { floatBaseline } from './float-baseline';

const TARGET_MS = 10;
const TARGET_RATIO = 50;
const TARGET_HEAP_MB = 5;

function median(f: () => unknown, warmup: number, runs: number): number {
  for (let i = 0; i < warmup; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(runs / 2)] ?? NaN;
}

const golden17 = JSON.parse(
  readFileSync(goldenPath('17-long-horizon--6000-months.json'), 'utf8'),
) as { scenario: unknown; expected: unknown };
const base = parseScenario(defaultScenario);
const withHorizon = (months: number): Scenario => ({ ...base, horizonMonths: months });
interface BenchCase {
  name: string;
  scenario: Scenario | ScenarioV2;
  /** The format-1 scenario whose plain float64 loop is this case's speed of light. */
  baseline: Scenario;
  gated: boolean;
}
const v1 = (name: string, scenario: Scenario, gated: boolean): BenchCase => ({
  name,
  scenario,
  baseline: scenario,
  gated,
});
const AMOUNTS = [
  'initHours',
  'initOther',
  'monthlyHours',
  'monthlyOther',
  'hoursPerInstance',
  'otherPerInstance',
] as const;
/**
 * The partner's costs as 40 items with the same sums: 39 small items at the partner's rate, and
 * the first one holding the rest. The sums are exact, so the result must equal format 1's.
 */
function fortyItems(p: PartnerInputV2): PartnerInputV2 {
  const whole = p.items[0]!;
  const small = { initHours: '1', initOther: '10', monthlyHours: '0.1', monthlyOther: '1' };
  const first: CostItem = { ...whole, label: 'Everything else' };
  for (const key of AMOUNTS) {
    const part = key in small ? small[key as keyof typeof small] : '0';
    first[key] = new Decimal(whole[key]).minus(new Decimal(part).times(39)).toFixed();
  }
  const rest = Array.from({ length: 39 }, (_, i): CostItem => {
    const item: CostItem = { ...whole, label: `Item ${i + 2}` };
    for (const key of AMOUNTS) item[key] = key in small ? small[key as keyof typeof small] : '0';
    return item;
  });
  return { ...p, items: [first, ...rest] };
}
const withFortyItems = (months: number): ScenarioV2 => {
  const v2 = upgradeScenario(withHorizon(months));
  return { ...v2, msp: fortyItems(v2.msp), isv: fortyItems(v2.isv) };
};
const cases: BenchCase[] = [
  v1('default, 120 months', withHorizon(120), false),
  v1('default, 1,200 months', withHorizon(1200), false),
  v1('default, 6,000 months', withHorizon(6000), true),
  v1('golden 17 (6,000 months)', parseScenario(golden17.scenario), true),
  // Format 2 (spec section 9): the items are summed once per run, so it should cost what format 1 does.
  {
    name: 'default as format 2, 6,000 months',
    scenario: upgradeScenario(withHorizon(6000)),
    baseline: withHorizon(6000),
    gated: false,
  },
  // 40 items per partner: summed once per run, so the cost per month must not change.
  {
    name: 'format 2, 40 items per partner, 120 months',
    scenario: withFortyItems(120),
    baseline: withHorizon(120),
    gated: false,
  },
  {
    name: 'format 2, 40 items per partner, 6,000 months',
    scenario: withFortyItems(6000),
    baseline: withHorizon(6000),
    gated: false,
  },
];

// The figures only mean something if the engine is still exact: check golden 17 once.
const exact = isDeepStrictEqual(toCanonical(simulate(cases[3]!.scenario)), golden17.expected);
// ...and the 40 items must give exactly the one-item result.
const itemsExact = isDeepStrictEqual(
  toCanonical(simulate(withFortyItems(6000))),
  toCanonical(simulate(withHorizon(6000))),
);

const fmt = (x: number, digits = 3): string => x.toFixed(digits);
const perSecond = (months: number, ms: number): string =>
  Math.round((months / ms) * 1000).toLocaleString('en-US');
const verdict = (gated: boolean, ok: boolean): string => {
  if (!gated) return '';
  return ok ? 'met' : 'MISSED';
};
const rows: string[][] = [];
const engineMs = new Map<string, number>();
let allMet = exact && itemsExact;
for (const c of cases) {
  const months = c.scenario.horizonMonths;
  const runs = Math.max(100, Math.round(600_000 / months));
  const engine = median(() => simulate(c.scenario), Math.ceil(runs / 4), runs);
  const float = median(() => floatBaseline(c.baseline), Math.ceil(runs / 4), runs);
  engineMs.set(c.name, engine);
  const ratio = engine / float;
  const ok = engine <= TARGET_MS && ratio <= TARGET_RATIO;
  if (c.gated) allMet &&= ok;
  rows.push([
    c.name,
    fmt(engine),
    perSecond(months, engine),
    fmt(float),
    perSecond(months, float),
    `${fmt(ratio, 1)}×`,
    verdict(c.gated, ok),
  ]);
}

const header = ['case', 'engine ms', 'months/s', 'float64 ms', 'months/s', 'ratio', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');
console.log(
  `Engine speed: median per run (targets: ≤ ${TARGET_MS} ms and ≤ ${TARGET_RATIO}× float64 for the 6,000-month cases)`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`golden 17 still exact: ${exact ? 'yes' : 'NO'}`);
console.log(`40 items per partner equal one item: ${itemsExact ? 'yes' : 'NO'}`);
// The cost of a month is the slope between 120 and 6,000 months; what items add is per run.
const slope = (short: string, long: string): string =>
  fmt(((engineMs.get(long) ?? NaN) - (engineMs.get(short) ?? NaN)) / 5.88, 3);
console.log(
  `per 1,000 months: one item ${slope('default, 120 months', 'default, 6,000 months')} ms, ` +
    `40 items ${slope('format 2, 40 items per partner, 120 months', 'format 2, 40 items per partner, 6,000 months')} ms` +
    ' (the items are summed once per run)',
);

// Memory: heap (JS objects) plus array buffers (the typed-array columns live outside the heap).
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) {
  console.log('\nHeap: run with node --expose-gc (npm run bench does) to measure retained memory.');
} else {
  const usage = (): number => {
    gc();
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const before = usage();
  const retained = simulate(withHorizon(6000));
  const growth = (usage() - before) / 2 ** 20;
  allMet &&= growth < TARGET_HEAP_MB;
  console.log(
    `\nRetained 6,000-month result: ${fmt(growth, 2)} MB (heap + array buffers; target < ${TARGET_HEAP_MB} MB)` +
      ` for ${retained.horizonMonths} months`,
  );
}
console.log(allMet ? '\nAll targets met.' : '\nSome target was MISSED.');
