/**
 * The analysis worker's entry: sensitivity, goal seek and comparisons, apart from the main
 * simulation worker. All logic is in analysis-host.ts; setTimeout 0 between slices lets a cancel
 * or a newer job in before the next slice runs.
 */
import { createAnalysisHost } from './analysis-host';
import type { AnalysisRequest } from './analysis-protocol';

const host = createAnalysisHost({
  post: (reply, transfer) => self.postMessage(reply, { transfer }),
  schedule: (slice) => setTimeout(slice, 0),
  now: () => performance.now(),
});

self.addEventListener('message', (event: MessageEvent<AnalysisRequest>) =>
  host.receive(event.data),
);
