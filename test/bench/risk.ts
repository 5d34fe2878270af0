/**
 * `npm run bench:risk` (also run by `npm run bench`): speed and memory of the risk analysis
 *, in Node, one thread. Prints medians of several repetitions and asserts nothing: the
 * machine is shared, so the figures are for reading (the load average is printed beside them).
 *
 * Targets: risk of 1,000 runs × 120 months ≤ 1.5× the time of 1,000 plain simulate calls of the
 * same scenario; 10,000 runs × 120 months ≤ 0.5 s; 1,000 runs × 6,000 months with its peak
 * memory (measured in a child process, risk-memory.ts, so that nothing else counts). Each figure
 * is the median wall-clock time with the median CPU time beside it; the ratios are of CPU times,
 * which a busy machine disturbs least, and the 10,000-run case shows as many simulate calls too,
 * so that its time can be scaled to a quieter machine.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseAnyScenario, risk, riskRuns, simulate } from '../../src/engine/index';
import type { RiskPartial } from '../../src/engine/index';
import { goldenRiskVectors } from '../golden';
import { RANGE_SETS, benchScenario } from './risk-scenarios';
import type { RangeSet } from './risk-scenarios';
import { medians } from './timing';

const TARGET_RATIO = 1.5;
const TARGET_10K_MS = 500;
const fmt = (x: number, digits = 1): string => x.toFixed(digits);
let allMet = true;
const verdict = (ok: boolean): string => {
  allMet &&= ok;
  return ok ? 'met' : 'MISSED';
};

// The figures only mean something if the analysis is still exact.
const exact = goldenRiskVectors().every((v) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(risk(parseAnyScenario(v.scenario)))), v.expected),
);
allMet &&= exact;
console.log(`Risk analysis (one thread; load average ${fmt(loadavg()[0] ?? NaN, 2)})`);
console.log(`golden risk vectors still exact: ${exact ? 'yes' : 'NO'}\n`);

const ms = (m: { wall: number; cpu: number }): string =>
  `${fmt(m.wall).padStart(7)} ms (CPU ${fmt(m.cpu).padStart(7)} ms)`;

/** risk of `runs` runs against as many plain simulate calls of the same scenario. */
function versusSimulate(runs: number, set: RangeSet, repetitions: number) {
  const s = benchScenario(120, runs, set);
  const r = medians(() => risk(s), 2, repetitions);
  const sim = medians(
    () => {
      for (let i = 0; i < runs; i++) simulate(s);
    },
    2,
    repetitions,
  );
  return { r, sim, ratio: r.cpu / sim.cpu };
}

console.log(
  `1,000 runs × 120 months vs 1,000 simulate calls (target ≤ ${TARGET_RATIO}×, CPU time):`,
);
for (const set of RANGE_SETS) {
  const { r, sim, ratio } = versusSimulate(1000, set, 9);
  console.log(
    `  ${set.padEnd(13)}  risk ${ms(r)}  simulate ×1,000 ${ms(sim)}  ratio ${fmt(ratio, 2)}×` +
      `  ${verdict(ratio <= TARGET_RATIO)}`,
  );
}

console.log(
  `\n10,000 runs × 120 months (target ≤ ${TARGET_10K_MS} ms), with 10,000 simulate calls for scale:`,
);
for (const set of RANGE_SETS) {
  const { r, sim, ratio } = versusSimulate(10_000, set, 5);
  console.log(
    `  ${set.padEnd(13)}  risk ${ms(r)}  simulate ×10,000 ${ms(sim)}  ratio ${fmt(ratio, 2)}×` +
      `  ${verdict(r.wall <= TARGET_10K_MS)}`,
  );
}

/** Bytes of the per-run figures kept for the statistics: what bounds the analysis's memory. */
function partialBytes(p: RiskPartial): number {
  const size = (v: Float64Array | Int32Array | bigint[]): number =>
    v instanceof Float64Array || v instanceof Int32Array ? v.byteLength : v.length * 16;
  return [
    ...Object.values(p.breakEven),
    ...Object.values(p.finalPosition),
    ...Object.values(p.maxExposure),
    p.totalRevenue,
    ...Object.values(p.bands),
  ].reduce((n, v) => n + size(v), 0);
}

console.log('\n1,000 runs × 6,000 months, each in a child process of its own (peak memory):');
for (const set of RANGE_SETS) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./risk-memory.ts', import.meta.url)), set],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) {
    allMet = false;
    console.log(`  ${set}: the child failed: ${child.stderr.trim()}`);
    continue;
  }
  const m = JSON.parse(child.stdout) as {
    ms: number;
    cpuMs: number;
    beforeMb: number;
    peakMb: number;
  };
  const kept = partialBytes(riskRuns(benchScenario(6000, 1000, set)));
  console.log(
    `  ${set.padEnd(13)}  median ${ms({ wall: m.ms, cpu: m.cpuMs })}; resident ${fmt(m.beforeMb)} MB before,` +
      ` peak ${fmt(m.peakMb)} MB (+${fmt(m.peakMb - m.beforeMb)} MB); per-run figures kept ${fmt(kept / 2 ** 20, 2)} MB`,
  );
}
console.log(allMet ? '\nAll targets met.' : '\nSome target was MISSED.');
