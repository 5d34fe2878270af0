/**
 * The risk analysis on several workers: a job's runs are split into slices, each idle
 * worker takes the next slice, and when every slice is in, one worker merges the partial results
 * and takes the statistics. Merging concatenates the exact per-run figures and the percentiles
 * are taken from all of them, so the result is exactly `risk(scenario)` in one thread.
 *
 * A run of the engine cannot be interrupted, so cancelling terminates the workers busy with the
 * job; fresh ones start lazily for the next job. A new job cancels the one before: the newest
 * input always wins. A worker that crashes fails its job and is replaced on the next one.
 */
import type { RiskPartial, RiskResult, ScenarioV2 } from '../engine';
import type { Connect, Port } from './link';
import type { RunFailure } from './protocol';
import type { RiskReply, RiskRequest } from './risk-protocol';

export type RiskOutcome =
  | { status: 'done'; result: RiskResult; elapsedMs: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: RunFailure };

export interface RiskProgress {
  /** Runs computed so far, of `total`. */
  done: number;
  total: number;
}

export interface RiskHandle {
  result: Promise<RiskOutcome>;
  cancel: () => void;
}

/** A connection to one worker (or an in-process stand-in in tests), as every worker's (link.ts). */
export type RiskPort = Port<RiskRequest>;
export type RiskPortFactory = Connect<RiskRequest, RiskReply>;

export interface RiskPoolOptions {
  connect: RiskPortFactory;
  /** How many workers; see defaultWorkerCount. */
  workers: number;
  /** Runs per slice; by default about four slices per worker, at most 1,000 runs each. */
  sliceRuns?: (runs: number, workers: number) => number;
  now?: () => number;
}

export interface RiskPool {
  run(scenario: ScenarioV2, onProgress?: (progress: RiskProgress) => void): RiskHandle;
  /** Cancels the running job, if any. */
  cancel(): void;
  dispose(): void;
}

/** One worker per core but one, for the page itself; at least one. */
export function defaultWorkerCount(hardwareConcurrency: number | undefined): number {
  const cores = Number.isInteger(hardwareConcurrency) ? (hardwareConcurrency ?? 1) : 1;
  return Math.max(1, cores - 1);
}

/** Small enough that the work evens out across workers and progress moves; large enough to pay. */
export function defaultSliceRuns(runs: number, workers: number): number {
  return Math.min(1000, Math.max(1, Math.ceil(runs / (workers * 4))));
}

interface Job {
  id: number;
  scenario: ScenarioV2;
  /** Slices not yet handed out, [from, to). */
  queue: [number, number][];
  partials: RiskPartial[];
  done: number;
  startedAt: number;
  onProgress: ((progress: RiskProgress) => void) | undefined;
  resolve: (outcome: RiskOutcome) => void;
}

interface Slot {
  port: RiskPort | null;
  /** The job whose request this worker is working on, if any. */
  busyWith: number | null;
}

export function createRiskPool(options: RiskPoolOptions): RiskPool {
  const { connect, sliceRuns = defaultSliceRuns, now = () => performance.now() } = options;
  const slots: Slot[] = Array.from({ length: Math.max(1, options.workers) }, () => ({
    port: null,
    busyWith: null,
  }));
  let job: Job | null = null;
  let nextId = 1;

  const stop = (slot: Slot) => {
    slot.port?.terminate();
    slot.port = null;
    slot.busyWith = null;
  };

  /** Ends the current job: the workers still on it are terminated (they cannot be interrupted). */
  const settle = (outcome: RiskOutcome) => {
    const current = job;
    if (current === null) return;
    job = null;
    for (const slot of slots) if (slot.busyWith === current.id) stop(slot);
    current.resolve(outcome);
  };

  const send = (slot: Slot, request: RiskRequest) => {
    slot.busyWith = request.job;
    // Started lazily: a pool that is never used starts no worker.
    slot.port ??= connect(
      (reply) => receive(slot, reply),
      (message) => crash(slot, message),
    );
    slot.port.post(request);
  };

  const dispatch = (current: Job) => {
    for (const slot of slots) {
      const next = slot.busyWith === null ? current.queue.shift() : undefined;
      if (next !== undefined) {
        const [from, to] = next;
        send(slot, { type: 'slice', job: current.id, scenario: current.scenario, from, to });
      }
    }
  };

  const receive = (slot: Slot, reply: RiskReply) => {
    // Only the answer to what this worker was last asked counts; the rest belongs to ended jobs.
    if (slot.busyWith !== reply.job) return;
    slot.busyWith = null;
    const current = job;
    if (current === null || reply.job !== current.id) return;
    switch (reply.type) {
      case 'slice': {
        current.partials.push(reply.partial);
        current.done += reply.partial.to - reply.partial.from;
        const total = current.scenario.uncertainty.runs;
        current.onProgress?.({ done: current.done, total });
        if (current.done < total) {
          dispatch(current);
          return;
        }
        const { scenario, partials } = current;
        send(slot, { type: 'finish', job: current.id, scenario, partials });
        return;
      }
      case 'finished':
        settle({ status: 'done', result: reply.result, elapsedMs: now() - current.startedAt });
        return;
      case 'failed':
        settle({ status: 'failed', error: reply.error });
        return;
      default:
        reply satisfies never;
    }
  };

  const crash = (slot: Slot, message: string) => {
    const wasBusy = slot.busyWith !== null;
    stop(slot);
    if (wasBusy) settle({ status: 'failed', error: { message } });
  };

  return {
    run(scenario, onProgress) {
      settle({ status: 'cancelled' });
      const runs = scenario.uncertainty.runs;
      const size = Math.max(1, Math.floor(sliceRuns(runs, slots.length)));
      const queue: [number, number][] = [];
      for (let from = 0; from < runs; from += size) queue.push([from, Math.min(runs, from + size)]);
      // The executor runs at once, so `resolve` is set before the job can end.
      let resolve: (outcome: RiskOutcome) => void = () => {};
      const result = new Promise<RiskOutcome>((r) => (resolve = r));
      const id = nextId++;
      const current: Job = {
        id,
        scenario,
        queue,
        partials: [],
        done: 0,
        startedAt: now(),
        onProgress,
        resolve,
      };
      job = current;
      dispatch(current);
      return {
        result,
        cancel: () => {
          if (job?.id === id) settle({ status: 'cancelled' });
        },
      };
    },
    cancel: () => settle({ status: 'cancelled' }),
    dispose() {
      settle({ status: 'cancelled' });
      for (const slot of slots) stop(slot);
    },
  };
}
