/**
 * Interchangeable ways to reach the engine. All speak the same protocol (protocol.ts):
 * - in-process: calls the engine directly (tests, or a browser without module workers);
 * - in-process with serialization: structuredClone both ways, as postMessage would (Node tests
 *   of the wire format and of transferring);
 * - web worker: the real thing.
 */
import type { RunReply, RunRequest } from './protocol';
import { handleRunRequest, type SimulateFn } from './handle-request';
import { transferablesOf } from './wire';

export interface EngineTransport {
  /** Sends one request and resolves with its reply (a failed run is a reply, not a rejection). */
  request(request: RunRequest): Promise<RunReply>;
  /** Frees the worker, if any. Requests still open never resolve. */
  dispose(): void;
}

export function inProcessTransport(simulate: SimulateFn): EngineTransport {
  return {
    // Answer asynchronously, like a worker would, so callers never depend on synchronous replies.
    request: (request) => Promise.resolve().then(() => handleRunRequest(request, simulate)),
    dispose: () => {},
  };
}

export function serializingTransport(simulate: SimulateFn): EngineTransport {
  return {
    request: (request) =>
      Promise.resolve().then(() => {
        const reply = handleRunRequest(structuredClone(request), simulate);
        const transfer = reply.ok ? transferablesOf(reply.result) : [];
        return structuredClone(reply, { transfer });
      }),
    dispose: () => {},
  };
}

export function createEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

export function webWorkerTransport(
  createWorker: () => Worker = createEngineWorker,
): EngineTransport {
  const waiting = new Map<number, (reply: RunReply) => void>();
  let worker: Worker | null = null;

  const failAll = (message: string) => {
    for (const [id, resolve] of waiting)
      resolve({ type: 'result', id, ok: false, error: { message } });
    waiting.clear();
  };

  // Started lazily, on the first request; a crashed worker is replaced on the next one.
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (event: MessageEvent<RunReply>) => {
      const resolve = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      resolve?.(event.data);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      failAll(`The calculation worker stopped: ${event.message || 'unknown error'}`);
    });
    w.addEventListener('messageerror', () => failAll('A calculation result could not be read.'));
    worker = w;
    return w;
  };

  return {
    request: (request) =>
      new Promise<RunReply>((resolve) => {
        waiting.set(request.id, resolve);
        ensureWorker().postMessage(request);
      }),
    dispose: () => {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
