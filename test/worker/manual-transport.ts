import { createEngineHost } from '../../src/worker/engine-host';
import type { SimulateFn } from '../../src/worker/handle-request';
import type { RunReply, RunRequest, WorkerReply, WorkerRequest } from '../../src/worker/protocol';
import { engineTransport } from '../../src/worker/transports';

/**
 * A transport the test answers by hand: it records every run request that reached "the worker"
 * and replies only when told to, so tests can hold runs in flight. Fixed splits are answered at
 * once, by the same engine host (it holds the runs it answered).
 */
export function manualTransport(simulate: SimulateFn) {
  const open: RunRequest[] = [];
  const sent: number[] = [];
  const answer = createEngineHost(simulate);
  let reply: (reply: WorkerReply) => void = () => {};
  const transport = engineTransport((onReply) => {
    reply = onReply;
    return {
      post: (request: WorkerRequest) => {
        if (request.type === 'run') {
          sent.push(request.id);
          open.push(request);
        } else void Promise.resolve().then(() => onReply(answer(request).reply));
      },
      terminate: () => {},
    };
  });
  /** Answers the oldest open request (with the engine, or with a given reply) and lets promises settle. */
  async function answerNext(given?: (request: RunRequest) => RunReply): Promise<void> {
    const next = open.shift();
    if (!next) throw new Error('no request in flight');
    reply(given ? given(next) : answer(next).reply);
    await settle();
  }
  return { transport, sent, open, answerNext };
}

/** Lets every queued promise callback run (a macrotask runs only after all microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
