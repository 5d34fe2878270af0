import { createContext, useCallback, useContext } from 'react';
import { analysisClient } from '../../worker/analysis-client';
import type { AnalysisClient, AnalysisEvent } from '../../worker/analysis-client';
import type { AnalysisChannel, AnalysisJob, AnalysisOutput } from '../../worker/analysis-protocol';
import { useJob, type Job } from '../hooks/use-job';

/**
 * The analysis client the panels use: the app's worker by default; component tests hand in one
 * over an in-process host (`<AnalysisClientContext value={() => client}>`).
 */
export const AnalysisClientContext = createContext<() => AnalysisClient>(analysisClient);

export type AnalysisJobState = Job<AnalysisJob, AnalysisOutput>;

/**
 * One analysis channel as React state (use-job.ts): `start` replaces whatever the channel was
 * doing, `cancel` stops it, `output` and `forInput` are the last finished job's output and job,
 * which stay on screen while newer jobs run or get cancelled.
 */
export function useAnalysisJob(channel: AnalysisChannel): AnalysisJobState {
  const getClient = useContext(AnalysisClientContext);
  const open = useCallback(
    (onEvent: (event: AnalysisEvent) => void) => getClient().open(channel, onEvent),
    [getClient, channel],
  );
  return useJob(open);
}
