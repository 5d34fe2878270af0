/**
 * `npm run bench:analysis` (also run by `npm run bench`): speed of sensitivity analysis and goal
 * seek. Prints medians after warm-up; asserts nothing (the machine is shared, so timings
 * are for reading, not for failing a build).
 *
 * Targets: sensitivity over all listed inputs at 120 months ≤ 100 ms; goal seek ≤ 200 ms at 120
 * months and ≤ 2 s at 6,000 months, for each field and for early, middle and final target months.
 * Every figure is for the pure engine call, as the analysis worker runs it.
 */
import { performance } from 'node:perf_hooks';
import {
  GOAL_SEEK_FIELDS,
  defaultScenario,
  goalSeek,
  parseScenario,
  sensitivity,
} from '../../src/engine/index';
import type { GoalSeekResult, Scenario } from '../../src/engine/index';

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

const base = parseScenario(defaultScenario);
const withHorizon = (months: number): Scenario => ({ ...base, horizonMonths: months });
const fmt = (ms: number): string => ms.toFixed(2);
let allMet = true;
const verdict = (ms: number, target: number): string => {
  const ok = ms <= target;
  allMet &&= ok;
  return ok ? 'met' : 'MISSED';
};

function answerText(r: GoalSeekResult): string {
  switch (r.kind) {
    case 'reached':
      return `${r.value} (month ${r.month})`;
    case 'unreachable':
      return `not reachable, best month ${r.bestMonth ?? 'never'}`;
    case 'invalid-target':
      return r.message;
    default:
      return r satisfies never;
  }
}

const s120 = withHorizon(120);
const sens = median(() => sensitivity(s120), 20, 51);
const inputs = sensitivity(s120).rows.length;
console.log(`Sensitivity, ${inputs} inputs × 2 moves (±20 %), default scenario at 120 months:`);
console.log(`  median ${fmt(sens)} ms (target ≤ 100 ms): ${verdict(sens, 100)}`);
const s6000 = withHorizon(6000);
const sens6000 = median(() => sensitivity(s6000), 2, 5);
console.log(`  at 6,000 months (no target): median ${fmt(sens6000)} ms`);

const cases: { horizon: number; target: number; limit: number }[] = [
  ...[24, 60, 120].map((n) => ({ horizon: 120, target: n, limit: 200 })),
  ...[24, 600, 6000].map((n) => ({ horizon: 6000, target: n, limit: 2000 })),
];
const rows: string[][] = [];
let worst120 = 0;
let worst6000 = 0;
for (const c of cases) {
  const scenario = withHorizon(c.horizon);
  for (const field of GOAL_SEEK_FIELDS) {
    const request = { field, targetMonth: c.target };
    const result = goalSeek(scenario, request);
    const long = c.horizon > 1000;
    const ms = median(() => goalSeek(scenario, request), long ? 1 : 10, long ? 5 : 21);
    if (long) worst6000 = Math.max(worst6000, ms);
    else worst120 = Math.max(worst120, ms);
    rows.push([
      String(c.horizon),
      String(c.target),
      field,
      fmt(ms),
      String(result.runs),
      answerText(result),
      verdict(ms, c.limit),
    ]);
  }
}
const header = ['horizon', 'by month', 'field', 'median ms', 'runs', 'answer', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]): string =>
  cells
    .map((cell, i) => (i === 2 || i === 5 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');
console.log(
  '\nGoal seek, default scenario (targets: ≤ 200 ms at 120 months, ≤ 2,000 ms at 6,000):',
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
// The scan's worst case: nothing reaches, so every grid point runs (and, for a target far below the
// horizon, runs again over the full horizon for "best possible"). At a price of 50 each instance
// costs more than it earns; without a cap the largest grid values bill 10,000,000 instances.
const hopeless: Scenario = {
  ...s6000,
  price: { ...s6000.price, perInstance: '50' },
  growth: { ...s6000.growth, maxInstances: null },
};
console.log('');
for (const target of [2999, 6000]) {
  const request = { field: 'growth.newPerMonth' as const, targetMonth: target };
  const result = goalSeek(hopeless, request);
  const ms = median(() => goalSeek(hopeless, request), 1, 3);
  worst6000 = Math.max(worst6000, ms);
  console.log(
    `Scan worst case (price 50, no cap, 6,000 months, by month ${target}): ${fmt(ms)} ms, ${result.runs} runs, ${answerText(result)}: ${verdict(ms, 2000)}`,
  );
}
console.log(
  `\nSlowest goal seek: ${fmt(worst120)} ms at 120 months, ${fmt(worst6000)} ms at 6,000 months.`,
);
console.log(allMet ? 'All analysis targets met.' : 'Some analysis target was MISSED.');
