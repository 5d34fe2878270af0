/**
 * The Web Worker entry: receives a run request, calls the pure engine, posts the reply with its
 * typed arrays transferred. All logic lives in handle-request.ts so Node tests exercise it too.
 * Static-split requests (fixed-split-request.ts) are answered the same way.
 */
import { simulate } from '../engine';
import { handleRunRequest } from './handle-request';
import type { WorkerRequest } from './protocol';
import { handleFixedSplitRequest, splitTransferables } from './fixed-split-request';
import { transferablesOf } from './wire';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  if (event.data.type === 'fixed-split') {
    const split = handleFixedSplitRequest(event.data);
    self.postMessage(split, { transfer: splitTransferables(split) });
    return;
  }
  const reply = handleRunRequest(event.data, simulate);
  self.postMessage(reply, { transfer: reply.ok ? transferablesOf(reply.result) : [] });
});
