/**
 * `npm run bench`: speed and memory of the phase engine. A script that prints
 * figures, never a timed test: the machine is shared, so numbers vary from run to run.
 *
 * For the default scenario at 120, 1,200 and 6,000 months and for golden vector 17 it prints the
 * median time per run after warm-up, months per second, the same for a plain float64 loop of the
 * same rules (float-baseline.ts, the speed of light) and the ratio; then the heap growth of one
 * retained 6,000-month result. Run with --expose-gc (the npm script does) for the memory figure.
 */
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
import type { Scenario, ScenarioV2 } from '../../src/engine/index';
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
];

// The figures only mean something if the engine is still exact: check golden 17 once.
const exact = isDeepStrictEqual(toCanonical(simulate(cases[3]!.scenario)), golden17.expected);

const fmt = (x: number, digits = 3): string => x.toFixed(digits);
const perSecond = (months: number, ms: number): string =>
  Math.round((months / ms) * 1000).toLocaleString('en-US');
const verdict = (gated: boolean, ok: boolean): string => {
  if (!gated) return '';
  return ok ? 'met' : 'MISSED';
};
const rows: string[][] = [];
let allMet = exact;
for (const c of cases) {
  const months = c.scenario.horizonMonths;
  const runs = Math.max(100, Math.round(600_000 / months));
  const engine = median(() => simulate(c.scenario), Math.ceil(runs / 4), runs);
  const float = median(() => floatBaseline(c.baseline), Math.ceil(runs / 4), runs);
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
