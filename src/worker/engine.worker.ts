/**
 * The Web Worker entry: receives a run or fixed-split request, answers it with the pure engine
 * and posts the reply with its typed arrays transferred. All logic lives in engine-host.ts so
 * Node tests exercise it too.
 */
import { simulate } from '../engine';
import { createEngineHost } from './engine-host';
import type { WorkerRequest } from './protocol';

const answer = createEngineHost(simulate);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { reply, transfer } = answer(event.data);
  self.postMessage(reply, { transfer });
});

// The browser loads its currency data with the first currency formatter, for every thread of the
// page at once: loaded here, while the page starts, the first money figures do not wait for it.
new Intl.NumberFormat('en-CH', { style: 'currency', currency: 'CHF' }).format(0);
