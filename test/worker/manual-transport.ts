import type { RunReply, RunRequest } from '../../src/worker/protocol';
import { handleRunRequest, type SimulateFn } from '../../src/worker/handle-request';
import type { EngineTransport } from '../../src/worker/transports';

/**
 * A transport the test answers by hand: it records every request that reached "the worker" and
 * replies only when told to, so tests can hold runs in flight.
 */
export function manualTransport(simulate: SimulateFn) {
  const open: { request: RunRequest; resolve: (reply: RunReply) => void }[] = [];
  const sent: number[] = [];
  const transport: EngineTransport = {
    request: (request) =>
      new Promise<RunReply>((resolve) => {
        sent.push(request.id);
        open.push({ request, resolve });
      }),
    dispose: () => {},
  };
  /** Answers the oldest open request (with the engine, or with a given reply) and lets promises settle. */
  async function answerNext(reply?: (request: RunRequest) => RunReply): Promise<void> {
    const next = open.shift();
    if (!next) throw new Error('no request in flight');
    next.resolve(reply ? reply(next.request) : handleRunRequest(next.request, simulate));
    await settle();
  }
  return { transport, sent, open, answerNext };
}

/** Lets every queued promise callback run (a macrotask runs only after all microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
