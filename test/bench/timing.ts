import { performance } from 'node:perf_hooks';

/**
 * Medians of `runs` calls of f after `warmup` calls (JIT, caches), in milliseconds: wall-clock
 * time, and this process's CPU time. On a shared machine the two part: CPU time leaves out the
 * time the process waited for a core, so it is the steadier of the two under load.
 */
export function medians(
  f: () => unknown,
  warmup: number,
  runs: number,
): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) f();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(runs / 2)] ?? NaN;
  return { wall: mid(wall), cpu: mid(cpu) };
}
