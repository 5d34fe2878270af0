/**
 * The main thread's side of the analysis worker: start a job on a channel, follow its progress,
 * cancel it. A new job on a channel cancels the one before (its promise resolves `cancelled` at
 * once), so a new input never waits for work nobody wants any more. The worker starts lazily, on
 * the first job; if it crashes, open jobs fail and the next job starts a fresh one.
 */
import type { AnalysisProgress } from '../engine';
import { createAnalysisHost } from './analysis-host';
import type {
  AnalysisChannel,
  AnalysisJob,
  AnalysisOutput,
  AnalysisReply,
  AnalysisRequest,
} from './analysis-protocol';
import type { RunFailure } from './protocol';

export type AnalysisOutcome =
  | { status: 'done'; output: AnalysisOutput; elapsedMs: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: RunFailure };

export interface AnalysisHandle {
  id: number;
  result: Promise<AnalysisOutcome>;
  cancel: () => void;
}

export interface AnalysisClient {
  start(
    channel: AnalysisChannel,
    job: AnalysisJob,
    onProgress?: (progress: AnalysisProgress) => void,
  ): AnalysisHandle;
  /** Cancels the channel's job, if one is running. */
  cancel(channel: AnalysisChannel): void;
  dispose(): void;
}

/** A connection to a worker (or an in-process host in tests). */
export interface AnalysisPort {
  post: (request: AnalysisRequest) => void;
  terminate: () => void;
}
export type AnalysisPortFactory = (
  onReply: (reply: AnalysisReply) => void,
  onCrash: (message: string) => void,
) => AnalysisPort;

interface Open {
  channel: AnalysisChannel;
  resolve: (outcome: AnalysisOutcome) => void;
  onProgress?: (progress: AnalysisProgress) => void;
}

export function createAnalysisClient(connect: AnalysisPortFactory): AnalysisClient {
  let port: AnalysisPort | null = null;
  let nextId = 1;
  const open = new Map<number, Open>();
  const byChannel = new Map<AnalysisChannel, number>();

  const settle = (id: number, outcome: AnalysisOutcome) => {
    const job = open.get(id);
    if (!job) return;
    open.delete(id);
    if (byChannel.get(job.channel) === id) byChannel.delete(job.channel);
    job.resolve(outcome);
  };

  const onReply = (reply: AnalysisReply) => {
    switch (reply.type) {
      case 'progress':
        open.get(reply.id)?.onProgress?.({ done: reply.done, total: reply.total });
        return;
      case 'done':
        settle(reply.id, { status: 'done', output: reply.output, elapsedMs: reply.elapsedMs });
        return;
      case 'failed':
        settle(reply.id, { status: 'failed', error: reply.error });
        return;
      case 'cancelled':
        settle(reply.id, { status: 'cancelled' });
        return;
      default:
        reply satisfies never;
    }
  };

  const onCrash = (message: string) => {
    port?.terminate();
    port = null;
    for (const id of [...open.keys()]) settle(id, { status: 'failed', error: { message } });
  };

  const ensurePort = (): AnalysisPort => {
    port ??= connect(onReply, onCrash);
    return port;
  };

  const cancelId = (id: number) => {
    if (!open.has(id)) return;
    settle(id, { status: 'cancelled' });
    port?.post({ type: 'cancel', id });
  };

  return {
    start(channel, job, onProgress) {
      const previous = byChannel.get(channel);
      // The worker cancels it too when the new job arrives; settle it here at once.
      if (previous !== undefined) settle(previous, { status: 'cancelled' });
      const id = nextId++;
      const result = new Promise<AnalysisOutcome>((resolve) => {
        open.set(id, { channel, resolve, onProgress });
      });
      byChannel.set(channel, id);
      ensurePort().post({ type: 'start', id, channel, job });
      return { id, result, cancel: () => cancelId(id) };
    },
    cancel(channel) {
      const id = byChannel.get(channel);
      if (id !== undefined) cancelId(id);
    },
    dispose() {
      for (const id of [...open.keys()]) settle(id, { status: 'cancelled' });
      port?.terminate();
      port = null;
    },
  };
}

/** The real thing: a module worker, started on the first job. */
export const workerPort: AnalysisPortFactory = (onReply, onCrash) => {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<AnalysisReply>) => onReply(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(`The analysis worker stopped: ${event.message || 'unknown error'}`);
  });
  worker.addEventListener('messageerror', () => onCrash('An analysis result could not be read.'));
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
};

/**
 * In-process, with structuredClone both ways as postMessage would (tests). `schedule` decides
 * when slices run (tests may drive it by hand).
 */
export function inProcessPort(
  schedule: (slice: () => void) => void = (slice) => setTimeout(slice, 0),
): AnalysisPortFactory {
  return (onReply) => {
    let live = true;
    const host = createAnalysisHost({
      post: (reply, transfer) => {
        if (live) onReply(structuredClone(reply, { transfer }));
      },
      schedule,
      now: () => performance.now(),
    });
    return {
      post: (request) => host.receive(structuredClone(request)),
      terminate: () => {
        live = false;
      },
    };
  };
}

let shared: AnalysisClient | null = null;

/** The app's one analysis client (its worker starts with the first job). */
export function analysisClient(): AnalysisClient {
  shared ??= createAnalysisClient(workerPort);
  return shared;
}
