import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { AnalysisProgress } from '../../engine';
import { analysisClient } from '../../worker/analysis-client';
import type { AnalysisClient } from '../../worker/analysis-client';
import type { AnalysisChannel, AnalysisJob, AnalysisOutput } from '../../worker/analysis-protocol';
import type { RunFailure } from '../../worker/protocol';

/**
 * The analysis client the panels use: the app's worker by default; component tests hand in one
 * over an in-process host (`<AnalysisClientContext value={() => client}>`).
 */
export const AnalysisClientContext = createContext<() => AnalysisClient>(analysisClient);

export type JobState =
  | { status: 'idle' }
  | { status: 'running'; progress: AnalysisProgress | null }
  | { status: 'done'; output: AnalysisOutput; elapsedMs: number }
  | { status: 'cancelled' }
  | { status: 'failed'; error: RunFailure };

/**
 * One analysis channel as React state. `start` replaces whatever the channel was doing; `cancel`
 * stops it. Leaving the page (unmount) cancels the channel's job, so no work runs for nobody.
 */
export interface LastDone {
  job: AnalysisJob;
  output: AnalysisOutput;
  elapsedMs: number;
}

export function useAnalysisJob(channel: AnalysisChannel) {
  const getClient = useContext(AnalysisClientContext);
  const [state, setState] = useState<JobState>({ status: 'idle' });
  /** The last finished job and its output: stays on screen while newer jobs run or get cancelled. */
  const [lastDone, setLastDone] = useState<LastDone | null>(null);
  const current = useRef(0);

  const start = useCallback(
    (job: AnalysisJob) => {
      const handle = getClient().start(channel, job, (progress) => {
        if (current.current === handle.id) setState({ status: 'running', progress });
      });
      current.current = handle.id;
      setState({ status: 'running', progress: null });
      void handle.result.then((outcome) => {
        // A superseded job's outcome (cancelled) must not overwrite the newer job's state.
        if (current.current !== handle.id) return;
        if (outcome.status === 'done') {
          setState(outcome);
          setLastDone({ job, output: outcome.output, elapsedMs: outcome.elapsedMs });
        } else setState(outcome.status === 'failed' ? outcome : { status: 'cancelled' });
      });
    },
    [getClient, channel],
  );

  const cancel = useCallback(() => getClient().cancel(channel), [getClient, channel]);

  useEffect(() => () => getClient().cancel(channel), [getClient, channel]);

  return { state, lastDone, start, cancel };
}
