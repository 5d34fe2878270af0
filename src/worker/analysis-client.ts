/**
 * The main thread's side of the analysis worker: one link (link.ts) to it, and a job channel
 * (job-channel.ts) for each panel that runs analyses. A new job on a channel tells the one before
 * to stop, so a new input never waits for work nobody wants any more; its progress is reported,
 * and it can be cancelled. The worker starts lazily, on the first job; if it crashes, open jobs
 * fail and the next job starts a fresh one.
 */
import { createAnalysisHost } from './analysis-host';
import type {
  AnalysisChannel,
  AnalysisJob,
  AnalysisOutput,
  AnalysisReply,
  AnalysisRequest,
} from './analysis-protocol';
import { createJobChannel, type JobChannel, type JobEvent, type JobStep } from './job-channel';
import { createLink, workerConnect, type Connect } from './link';

export type AnalysisEvent = JobEvent<AnalysisJob, AnalysisOutput>;

export interface AnalysisClient {
  /** A channel for jobs of one kind (the worker runs one job per kind at a time). */
  open(channel: AnalysisChannel, onEvent: (event: AnalysisEvent) => void): JobChannel<AnalysisJob>;
  dispose(): void;
}

/** A connection to a worker (or an in-process host in tests). */
export type AnalysisPortFactory = Connect<AnalysisRequest, AnalysisReply>;

function stepOf(reply: AnalysisReply): JobStep<AnalysisOutput> {
  switch (reply.type) {
    case 'progress':
      return { kind: 'progress', progress: { done: reply.done, total: reply.total } };
    case 'done':
      return { kind: 'done', output: reply.output };
    case 'failed':
      return { kind: 'failed', error: reply.error };
    case 'cancelled':
      return { kind: 'cancelled' };
    default:
      return reply satisfies never;
  }
}

export function createAnalysisClient(connect: AnalysisPortFactory): AnalysisClient {
  const link = createLink(connect, (reply: AnalysisReply) => reply.type !== 'progress');
  return {
    open: (channel, onEvent) =>
      createJobChannel(
        {
          link,
          request: (id, job): AnalysisRequest => ({ type: 'start', id, channel, job }),
          read: stepOf,
          cancel: (id): AnalysisRequest => ({ type: 'cancel', id }),
        },
        onEvent,
      ),
    dispose: () => link.dispose(),
  };
}

/** The real thing: a module worker, started on the first job. */
export const workerPort: AnalysisPortFactory = workerConnect(
  () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  {
    stopped: (detail) => `The analysis worker stopped: ${detail}`,
    unreadable: 'An analysis result could not be read.',
  },
);

/**
 * In-process, with structuredClone both ways as postMessage would (tests). `schedule` decides
 * when slices run (tests may drive it by hand).
 */
export function inProcessPort(
  schedule: (slice: () => void) => void = (slice) => setTimeout(slice, 0),
  pace: { sliceMs?: number; progressEveryMs?: number } = {},
): AnalysisPortFactory {
  return (onReply) => {
    let live = true;
    const host = createAnalysisHost({
      post: (reply, transfer) => {
        if (live) onReply(structuredClone(reply, { transfer }));
      },
      schedule,
      now: () => performance.now(),
      ...pace,
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
