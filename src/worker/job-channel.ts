/**
 * "Newest input wins" on top of a link (link.ts), for every kind of job: the engine's runs, fixed
 * splits, analyses.
 *
 * - Every submitted input gets a run id that increases.
 * - At most one run is in flight. An input submitted meanwhile waits as the single pending run; a
 *   newer one replaces it, so superseded runs never queue up (a slider drag sends one run per
 *   worker turn, not one per input event). Where runs can be cancelled, the run in flight is told
 *   to stop as soon as it is superseded.
 * - A reply older than the output already delivered is stale and dropped. An output of a run that
 *   has since been superseded is still newer than what is on screen, so it is delivered with
 *   `latest: false` (the UI keeps showing "updating"). Failures, cancellations and progress of
 *   superseded runs are dropped: they say nothing about the current input.
 * - A crashed worker fails the run in flight (as a value); the link starts a fresh one next time.
 */
import type { AnalysisProgress } from '../engine';
import type { Link, Reply } from './link';
import type { RunFailure } from './protocol';

export type JobProgress = AnalysisProgress;

/** What one reply means for its run. `retry`: ask the same again (the worker lost what it needed). */
export type JobStep<O> =
  | { kind: 'progress'; progress: JobProgress }
  | { kind: 'done'; output: O }
  | { kind: 'failed'; error: RunFailure }
  | { kind: 'cancelled' }
  | { kind: 'retry' };

export type JobEvent<I, O> =
  | { kind: 'output'; runId: number; input: I; latest: boolean; output: O }
  | { kind: 'failed'; runId: number; input: I; error: RunFailure }
  | { kind: 'progress'; runId: number; input: I; progress: JobProgress }
  | { kind: 'cancelled'; runId: number; input: I };

export interface JobSpec<I, O, Request, R extends Reply> {
  link: Link<Request, R>;
  request: (id: number, input: I) => Request;
  read: (reply: R, input: I) => JobStep<O>;
  /** The message that stops run `id`. Without it a superseded run is left to finish. */
  cancel?: (id: number) => Request;
}

export interface JobChannel<I> {
  /** Asks for `input`; supersedes earlier submissions. Returns the run id. */
  submit(input: I): number;
  /** Stops the newest run (reported as `cancelled`) and drops the waiting one. */
  cancel(): void;
  /** Stops listening; the run in flight is told to stop where it can be. */
  dispose(): void;
}

interface Run<I> {
  id: number;
  input: I;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function createJobChannel<I, O, Request, R extends Reply>(
  spec: JobSpec<I, O, Request, R>,
  onEvent: (event: JobEvent<I, O>) => void,
): JobChannel<I> {
  const { link } = spec;
  let latestId = 0;
  let deliveredId = 0;
  let inFlight: Run<I> | null = null;
  /** The run in flight was told to stop. */
  let stopping = false;
  let pending: Run<I> | null = null;
  let disposed = false;

  const stop = (run: Run<I>) => {
    if (!spec.cancel || stopping) return;
    stopping = true;
    link.notify(spec.cancel(run.id));
  };

  const deliver = (run: Run<I>, step: Exclude<JobStep<O>, { kind: 'retry' }>) => {
    if (disposed || run.id <= deliveredId) return;
    const { id: runId, input } = run;
    const latest = runId === latestId;
    if (step.kind === 'done') {
      deliveredId = runId;
      onEvent({ kind: 'output', runId, input, latest, output: step.output });
      return;
    }
    if (!latest) return;
    if (step.kind === 'progress') {
      onEvent({ kind: 'progress', runId, input, progress: step.progress });
      return;
    }
    deliveredId = runId;
    if (step.kind === 'failed') onEvent({ kind: 'failed', runId, input, error: step.error });
    else onEvent({ kind: 'cancelled', runId, input });
  };

  const finish = (run: Run<I>, step: JobStep<O>) => {
    inFlight = null;
    stopping = false;
    if (disposed) return;
    // Start the next run before handling this reply, so the worker never idles meanwhile.
    const next = pending ?? (step.kind === 'retry' ? run : null);
    pending = null;
    if (next) send(next);
    if (step.kind !== 'retry') deliver(run, step);
  };

  const send = (run: Run<I>) => {
    inFlight = run;
    const lost = (message: string) => finish(run, { kind: 'failed', error: { message } });
    try {
      link.send(run.id, spec.request(run.id, run.input), {
        onReply: (reply) => {
          const step = spec.read(reply, run.input);
          if (step.kind === 'progress') deliver(run, step);
          else finish(run, step);
        },
        onLost: lost,
      });
    } catch (err) {
      // A message that cannot be posted fails its run like a crash would, after submit returns.
      link.forget(run.id);
      const message = messageOf(err);
      void Promise.resolve().then(() => lost(message));
    }
  };

  return {
    submit(input) {
      const run: Run<I> = { id: link.nextId(), input };
      latestId = run.id;
      if (inFlight) {
        pending = run;
        stop(inFlight);
      } else send(run);
      return run.id;
    },
    cancel() {
      const newest = pending ?? inFlight;
      pending = null;
      if (newest === null || newest.id !== latestId || newest.id <= deliveredId) return;
      deliveredId = newest.id;
      if (inFlight) stop(inFlight);
      onEvent({ kind: 'cancelled', runId: newest.id, input: newest.input });
    },
    dispose() {
      disposed = true;
      pending = null;
      const run = inFlight;
      inFlight = null;
      if (run === null) return;
      link.forget(run.id);
      stop(run);
    },
  };
}
