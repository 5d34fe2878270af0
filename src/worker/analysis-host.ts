/**
 * The analysis worker's scheduler, free of worker APIs so Node tests drive it directly.
 *
 * Jobs are steppers (analysis-jobs.ts). The host advances the active jobs round-robin, one engine
 * run per step, for one time slice, then hands control back to the event loop (`schedule`) so
 * that a cancel or a newer job posted meanwhile is received before the next slice: a cancel takes
 * effect within one slice plus one engine run. Progress is posted at most every `progressEveryMs`.
 */
import type { AnalysisChannel, AnalysisReply, AnalysisRequest } from './analysis-protocol';
import { jobSteps, transferablesOfOutput } from './analysis-jobs';
import type { JobSteps } from './analysis-jobs';

export interface AnalysisHostOptions {
  post: (reply: AnalysisReply, transfer: ArrayBuffer[]) => void;
  /** Runs `slice` later, after pending messages (the worker uses setTimeout 0). */
  schedule: (slice: () => void) => void;
  now: () => number;
  sliceMs?: number;
  progressEveryMs?: number;
}

interface Active {
  id: number;
  steps: JobSteps;
  startedAt: number;
  progressAt: number;
  last: { done: number; total: number } | null;
}

export interface AnalysisHost {
  receive: (request: AnalysisRequest) => void;
  /** Jobs still running (tests). */
  activeCount: () => number;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createAnalysisHost(options: AnalysisHostOptions): AnalysisHost {
  const { post, schedule, now, sliceMs = 20, progressEveryMs = 100 } = options;
  const active = new Map<AnalysisChannel, Active>();
  let scheduled = false;

  /** Advances one job by one step; false once it has ended (done or failed). */
  const advance = (channel: AnalysisChannel, job: Active): boolean => {
    try {
      const step = job.steps.next();
      if (step.done) {
        active.delete(channel);
        const output = step.value;
        const reply: AnalysisReply = {
          type: 'done',
          id: job.id,
          output,
          elapsedMs: now() - job.startedAt,
        };
        post(reply, transferablesOfOutput(output));
        return false;
      }
      job.last = step.value;
      return true;
    } catch (err) {
      active.delete(channel);
      post({ type: 'failed', id: job.id, error: { message: messageOf(err) } }, []);
      return false;
    }
  };

  const slice = () => {
    scheduled = false;
    const deadline = now() + sliceMs;
    // At least one round per slice, however short the slice: every job always moves on.
    do {
      for (const [channel, job] of [...active]) advance(channel, job);
    } while (active.size > 0 && now() < deadline);
    const t = now();
    for (const job of active.values()) {
      if (job.last && t - job.progressAt >= progressEveryMs) {
        job.progressAt = t;
        post({ type: 'progress', id: job.id, ...job.last }, []);
      }
    }
    if (active.size > 0) wake();
  };

  const wake = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(slice);
  };

  return {
    receive(request) {
      if (request.type === 'start') {
        const previous = active.get(request.channel);
        if (previous) post({ type: 'cancelled', id: previous.id }, []);
        const t = now();
        active.set(request.channel, {
          id: request.id,
          steps: jobSteps(request.job),
          startedAt: t,
          progressAt: t,
          last: null,
        });
        wake();
        return;
      }
      for (const [channel, job] of active) {
        if (job.id === request.id) {
          // Dropped, not resumed: the stepper and its engine state are garbage from here on.
          active.delete(channel);
          post({ type: 'cancelled', id: job.id }, []);
        }
      }
    },
    activeCount: () => active.size,
  };
}
