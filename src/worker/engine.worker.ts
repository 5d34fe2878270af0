/**
 * The Web Worker entry: receives a run request, calls the pure engine, posts the reply with its
 * typed arrays transferred. All logic lives in handle-request.ts so Node tests exercise it too.
 */
import { simulate } from '../engine';
import { handleRunRequest } from './handle-request';
import type { RunRequest } from './protocol';
import { transferablesOf } from './wire';

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  const reply = handleRunRequest(event.data, simulate);
  self.postMessage(reply, { transfer: reply.ok ? transferablesOf(reply.result) : [] });
});
