/**
 * Asking the engine worker for fixed splits from the page, "newest input wins" (like
 * engine-runner.ts): at most one request in flight, a newer one replaces the waiting one, and a
 * reply older than the one already delivered is dropped. Dragging the percentage slider therefore
 * never queues up work.
 *
 * The split has its own worker instance (the same engine.worker.ts script, started lazily on the
 * first request), so a long simulation never holds up the comparison and the simulation transport
 * stays as it is.
 */
import type { FixedSplitInput } from '../engine';
import type { RunFailure, FixedSplitReply, FixedSplitRequest } from './protocol';
import {
  handleFixedSplitRequest,
  splitFromWire,
  splitTransferables,
  fixedSplitRequest,
  type FixedSplitOutput,
} from './fixed-split-request';
import { createEngineWorker } from './transports';

export interface SplitTransport {
  request(request: FixedSplitRequest): Promise<FixedSplitReply>;
  dispose(): void;
}

/** In-process, with structuredClone both ways as postMessage would (tests, Node). */
export function inProcessSplitTransport(): SplitTransport {
  return {
    request: (request) =>
      Promise.resolve().then(() => {
        const reply = handleFixedSplitRequest(structuredClone(request));
        return structuredClone(reply, { transfer: splitTransferables(reply) });
      }),
    dispose: () => {},
  };
}

export function workerSplitTransport(
  createWorker: () => Worker = createEngineWorker,
): SplitTransport {
  const waiting = new Map<number, (reply: FixedSplitReply) => void>();
  let worker: Worker | null = null;
  const failAll = (message: string) => {
    for (const [id, resolve] of waiting) {
      resolve({ type: 'fixed-split', id, ok: false, error: { message } });
    }
    waiting.clear();
  };
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = createWorker();
    w.addEventListener('message', (event: MessageEvent<FixedSplitReply>) => {
      const resolve = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      resolve?.(event.data);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      failAll(`The comparison worker stopped: ${event.message || 'unknown error'}`);
    });
    worker = w;
    return w;
  };
  return {
    request: (request) =>
      new Promise<FixedSplitReply>((resolve) => {
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

export type SplitOutcome =
  { ok: true; output: FixedSplitOutput } | { ok: false; error: RunFailure };

export interface SplitClient {
  /** Asks for the split of `input` at `isvPct` (null: the default); supersedes earlier asks. */
  submit(input: FixedSplitInput, isvPct: string | null): void;
  dispose(): void;
}

export function createSplitClient(
  transport: SplitTransport,
  onUpdate: (outcome: SplitOutcome, latest: boolean) => void,
): SplitClient {
  let nextId = 1;
  let latestId = 0;
  let deliveredId = 0;
  let inFlight = false;
  let pending: FixedSplitRequest | null = null;
  let disposed = false;

  const send = (request: FixedSplitRequest) => {
    inFlight = true;
    // Not awaited: a failed request becomes a reply in .catch, so nothing is left to handle.
    void transport
      .request(request)
      .catch((err: unknown): FixedSplitReply => ({
        type: 'fixed-split',
        id: request.id,
        ok: false,
        error: { message: err instanceof Error ? err.message : String(err) },
      }))
      .then((reply) => {
        inFlight = false;
        if (disposed) return;
        const next = pending;
        pending = null;
        if (next) send(next);
        if (request.id <= deliveredId) return;
        const latest = request.id === latestId;
        if (!reply.ok && !latest) return;
        deliveredId = request.id;
        onUpdate(
          reply.ok
            ? { ok: true, output: splitFromWire(reply.split) }
            : { ok: false, error: reply.error },
          latest,
        );
      });
  };

  return {
    submit(input, isvPct) {
      const request = fixedSplitRequest(nextId++, input, isvPct);
      latestId = request.id;
      if (inFlight) pending = request;
      else send(request);
    },
    dispose() {
      disposed = true;
      pending = null;
    },
  };
}
