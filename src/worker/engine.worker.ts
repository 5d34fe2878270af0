/**
 * The Web Worker entry: receives a run request, calls the pure engine, posts the reply with its
 * typed arrays transferred. All logic lives in handle-request.ts so Node tests exercise it too.
 * Static-split requests (static-split-request.ts) are answered the same way.
 */
import { simulate } from '../engine';
import { handleRunRequest } from './handle-request';
import type { WorkerRequest } from './protocol';
import { handleStaticSplitRequest, splitTransferables } from './static-split-request';
import { transferablesOf } from './wire';

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  if (event.data.type === 'static-split') {
    const split = handleStaticSplitRequest(event.data);
    self.postMessage(split, { transfer: splitTransferables(split) });
    return;
  }
  const reply = handleRunRequest(event.data, simulate);
  self.postMessage(reply, { transfer: reply.ok ? transferablesOf(reply.result) : [] });
});
