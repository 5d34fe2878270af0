import { describe, expect, it } from 'vitest';
import { parseAnyScenario, risk } from '../../src/engine/index';
import type { ScenarioV2 } from '../../src/engine/index';
import { createRiskPool, defaultSliceRuns, defaultWorkerCount } from '../../src/worker/risk-pool';
import type { RiskPortFactory, RiskProgress } from '../../src/worker/risk-pool';
import type { RiskReply, RiskRequest } from '../../src/worker/risk-protocol';
import { inProcessRiskPort } from '../../src/worker/risk-ports';
import { goldenRiskVectors } from '../golden';
import { settle } from './manual-transport';

/** The risk pool in Node, on in-process workers that clone every message as postMessage would. */
const scenarios = goldenRiskVectors().map((v) => parseAnyScenario(v.scenario));
const withRuns = (s: ScenarioV2, runs: number): ScenarioV2 => ({
  ...s,
  uncertainty: { ...s.uncertainty, runs },
});
const exact = (s: ScenarioV2) => JSON.parse(JSON.stringify(risk(s))) as unknown;

/** In-process workers whose answers wait until the test lets them go; counts what it sees. */
function heldWorkers() {
  const held: (() => void)[] = [];
  const seen: RiskRequest[] = [];
  let started = 0;
  let terminated = 0;
  const inner = inProcessRiskPort((answer) => held.push(answer));
  const connect: RiskPortFactory = (onReply, onCrash) => {
    started++;
    const port = inner(onReply, onCrash);
    return {
      post: (request) => {
        seen.push(request);
        port.post(request);
      },
      terminate: () => {
        terminated++;
        port.terminate();
      },
    };
  };
  const release = async () => {
    while (held.length > 0) {
      held.shift()?.();
      await settle();
    }
  };
  return { connect, seen, release, started: () => started, terminated: () => terminated };
}

describe('the risk pool', () => {
  it('uses one worker per core but one, and at least one', () => {
    expect(defaultWorkerCount(8)).toBe(7);
    expect(defaultWorkerCount(2)).toBe(1);
    expect(defaultWorkerCount(1)).toBe(1);
    expect(defaultWorkerCount(undefined)).toBe(1);
    expect(defaultSliceRuns(10_000, 3)).toBe(834);
    expect(defaultSliceRuns(1, 7)).toBe(1);
  });

  it.each([1, 3, 7])('gives exactly the one-thread result with %i workers', async (workers) => {
    const pool = createRiskPool({ connect: inProcessRiskPort(), workers });
    for (const s of scenarios) {
      const outcome = await pool.run(s).result;
      expect(outcome.status).toBe('done');
      if (outcome.status === 'done') expect(outcome.result).toEqual(exact(s));
    }
    pool.dispose();
  });

  it('splits the runs into slices over the workers and reports progress up to every run', async () => {
    const w = heldWorkers();
    const pool = createRiskPool({ connect: w.connect, workers: 3, sliceRuns: () => 7 });
    const s = withRuns(scenarios[1] as ScenarioV2, 40);
    const progress: RiskProgress[] = [];
    const handle = pool.run(s, (p) => progress.push(p));
    expect(w.started()).toBe(3);
    await w.release();
    const outcome = await handle.result;
    expect(outcome.status === 'done' && outcome.result).toEqual(exact(s));
    const slices = w.seen.filter((r) => r.type === 'slice').map((r) => [r.from, r.to]);
    expect(slices.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0))).toEqual([
      [0, 7],
      [7, 14],
      [14, 21],
      [21, 28],
      [28, 35],
      [35, 40],
    ]);
    expect(progress.map((p) => p.done)).toEqual([7, 14, 21, 28, 35, 40]);
    expect(progress.every((p) => p.total === 40)).toBe(true);
    expect(w.seen.filter((r) => r.type === 'finish')).toHaveLength(1);
  });

  it('cancels by terminating the busy workers, and starts fresh ones for the next job', async () => {
    const w = heldWorkers();
    const pool = createRiskPool({ connect: w.connect, workers: 2, sliceRuns: () => 10 });
    const handle = pool.run(withRuns(scenarios[1] as ScenarioV2, 50));
    handle.cancel();
    expect(await handle.result).toEqual({ status: 'cancelled' });
    expect(w.terminated()).toBe(2);
    await w.release(); // the terminated workers' answers are never heard
    const next = scenarios[2] as ScenarioV2;
    const again = pool.run(next);
    await w.release();
    const outcome = await again.result;
    expect(outcome.status === 'done' && outcome.result).toEqual(exact(next));
    expect(w.started()).toBe(4);
  });

  it('lets the newest input cancel the job before it', async () => {
    const w = heldWorkers();
    const pool = createRiskPool({ connect: w.connect, workers: 2 });
    const first = pool.run(scenarios[3] as ScenarioV2);
    const second = pool.run(scenarios[6] as ScenarioV2);
    expect(await first.result).toEqual({ status: 'cancelled' });
    await w.release();
    const outcome = await second.result;
    expect(outcome.status === 'done' && outcome.result).toEqual(exact(scenarios[6] as ScenarioV2));
  });

  it('fails the job when the engine fails or a worker crashes, and recovers for the next one', async () => {
    const failing = (request: RiskRequest): RiskReply => ({
      type: 'failed',
      job: request.job,
      error: { message: 'engine says no' },
    });
    const pool = createRiskPool({ connect: inProcessRiskPort(undefined, failing), workers: 2 });
    expect(await pool.run(scenarios[0] as ScenarioV2).result).toEqual({
      status: 'failed',
      error: { message: 'engine says no' },
    });

    let crashes = 1;
    const crashing: RiskPortFactory = (onReply, onCrash) => {
      const port = inProcessRiskPort()(onReply, onCrash);
      return {
        post: (request) => {
          if (crashes-- > 0) setTimeout(() => onCrash('A risk worker stopped: out of memory'), 0);
          else port.post(request);
        },
        terminate: port.terminate,
      };
    };
    const recovering = createRiskPool({ connect: crashing, workers: 1 });
    expect(await recovering.run(scenarios[0] as ScenarioV2).result).toEqual({
      status: 'failed',
      error: { message: 'A risk worker stopped: out of memory' },
    });
    const outcome = await recovering.run(scenarios[0] as ScenarioV2).result;
    expect(outcome.status).toBe('done');
  });
});
