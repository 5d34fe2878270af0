/**
 * What a job channel's events mean for the screen, one shape for every job (the engine's run,
 * the fixed split, each analysis): the last good output stays visible, marked stale, while a
 * newer input is computed or after it failed.
 */
import type { JobEvent, JobProgress } from './job-channel';
import type { RunFailure } from './protocol';

export interface JobView<I, O> {
  /** The last output received; null until the first run ends. */
  output: O | null;
  /** The input `output` answers. */
  forInput: I | null;
  /** `output` does not answer the newest input (it is being computed, failed or was cancelled). */
  isStale: boolean;
  /** The newest run failed. */
  error: RunFailure | null;
  /** How far the newest run has got, where the job reports it; null when nothing runs. */
  progress: JobProgress | null;
  /** A run for the newest input is on its way. */
  running: boolean;
  /** The newest run was cancelled. */
  cancelled: boolean;
}

export function idleJob<I, O>(running = false): JobView<I, O> {
  return {
    output: null,
    forInput: null,
    isStale: running,
    error: null,
    progress: null,
    running,
    cancelled: false,
  };
}

/**
 * A new input was submitted. `keepError`: the error of the run before stays up until this one
 * succeeds (the engine's run: "Try again" keeps its message while it retries).
 */
export function jobSubmitted<I, O>(view: JobView<I, O>, keepError = false): JobView<I, O> {
  return {
    ...view,
    isStale: true,
    error: keepError ? view.error : null,
    progress: null,
    running: true,
    cancelled: false,
  };
}

export function applyJobEvent<I, O>(view: JobView<I, O>, event: JobEvent<I, O>): JobView<I, O> {
  switch (event.kind) {
    case 'output':
      // A superseded run's output is newer than what was shown, but the newest input still runs.
      return event.latest
        ? { ...idleJob(), output: event.output, forInput: event.input }
        : { ...view, output: event.output, forInput: event.input, isStale: true };
    case 'progress':
      return { ...view, progress: event.progress };
    case 'failed':
      return { ...view, isStale: true, error: event.error, progress: null, running: false };
    case 'cancelled':
      return { ...view, isStale: true, progress: null, running: false, cancelled: true };
    default:
      return event satisfies never;
  }
}
