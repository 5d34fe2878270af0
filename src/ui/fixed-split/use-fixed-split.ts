import { createContext, useCallback, useContext, useEffect } from 'react';
import type { SimulationResult } from '../../engine';
import {
  createFixedSplitChannel,
  type FixedSplitAsk,
  type FixedSplitEvent,
} from '../../worker/fixed-split-client';
import type { FixedSplitOutput } from '../../worker/fixed-split-request';
import type { JobView } from '../../worker/job-view';
import { appEngineTransport, type EngineTransport } from '../../worker/transports';
import { useJob } from '../hooks/use-job';

/**
 * Where fixed splits are computed: the app's engine worker, which still holds the result on
 * screen; component tests provide `inProcessTransport` (happy-dom has no workers).
 */
export const EngineTransportContext = createContext<() => EngineTransport>(appEngineTransport);

export type FixedSplitState = JobView<FixedSplitAsk, FixedSplitOutput>;

/**
 * The fixed split of `result` at `isvPct` (null: the default), computed in the engine worker.
 * `isStale`: the output shown does not yet answer this result and percentage.
 */
export function useFixedSplit(result: SimulationResult, isvPct: string | null): FixedSplitState {
  const getTransport = useContext(EngineTransportContext);
  const open = useCallback(
    (onEvent: (event: FixedSplitEvent) => void) => createFixedSplitChannel(getTransport(), onEvent),
    [getTransport],
  );
  const { start, cancel: _cancel, ...view } = useJob(open);
  useEffect(() => {
    start({ result, isvPct });
  }, [open, start, result, isvPct]);
  const answers = view.forInput?.result === result && view.forInput.isvPct === isvPct;
  return { ...view, isStale: view.isStale || !answers };
}
