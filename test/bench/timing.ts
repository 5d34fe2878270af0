import { performance } from 'node:perf_hooks';

/** Median wall-clock milliseconds of `runs` calls of f, after `warmup` calls (JIT, caches). */
export function median(f: () => unknown, warmup: number, runs: number): number {
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
