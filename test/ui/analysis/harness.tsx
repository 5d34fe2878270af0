import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppStoreContext, createAppStore } from '../../../src/state';
import { AnalysisClientContext } from '../../../src/ui/analysis/use-analysis-job';
import { createAnalysisClient, inProcessPort } from '../../../src/worker/analysis-client';

/**
 * Renders an analysis panel with a fresh store and an analysis client over an in-process host
 * (serializing like postMessage). With `manual`, slices run only when the test calls `runSlices`,
 * so a job can be held "running" to test progress and Cancel.
 */
export function renderAnalysis(ui: ReactNode, options: { manual?: boolean } = {}) {
  const store = createAppStore();
  const queue: (() => void)[] = [];
  const port = options.manual ? inProcessPort((slice) => queue.push(slice)) : inProcessPort();
  const client = createAnalysisClient(port);
  const utils = render(
    <AppStoreContext value={store}>
      <AnalysisClientContext value={() => client}>{ui}</AnalysisClientContext>
    </AppStoreContext>,
  );
  const runSlices = (n = Infinity) => {
    for (let i = 0; i < n && queue.length > 0; i++) queue.shift()?.();
  };
  return { ...utils, store, client, runSlices, pendingSlices: () => queue.length };
}
