import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobChannel, JobEvent } from '../../worker/job-channel';
import { applyJobEvent, idleJob, jobSubmitted, type JobView } from '../../worker/job-view';

/** Opens a job channel that reports to `onEvent` (a stable function: a new one opens a new channel). */
export type OpenJob<I, O> = (onEvent: (event: JobEvent<I, O>) => void) => JobChannel<I>;

export interface Job<I, O> extends JobView<I, O> {
  /** Asks for `input`; supersedes whatever ran before. */
  start: (input: I) => void;
  cancel: () => void;
}

/**
 * One job channel as React state, in the shape every job shares: `{output, forInput, isStale,
 * error, progress}` plus whether it runs or was cancelled. The last output stays while newer
 * inputs compute. Leaving the page (unmount) stops the channel's run, so no work runs for nobody.
 */
export function useJob<I, O>(open: OpenJob<I, O>): Job<I, O> {
  const [view, setView] = useState<JobView<I, O>>(idleJob);
  const channel = useRef<JobChannel<I> | null>(null);
  // Opened in an effect (not during render), so a strict-mode remount gets a fresh, live channel.
  useEffect(() => {
    const c = open((event) => setView((v) => applyJobEvent(v, event)));
    channel.current = c;
    return () => {
      c.dispose();
      if (channel.current === c) channel.current = null;
    };
  }, [open]);
  const start = useCallback((input: I) => {
    // Marked first: a channel may answer before submit returns.
    setView((v) => jobSubmitted(v));
    channel.current?.submit(input);
  }, []);
  const cancel = useCallback(() => channel.current?.cancel(), []);
  return { ...view, start, cancel };
}
