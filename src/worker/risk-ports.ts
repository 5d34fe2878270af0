/**
 * Ways for the risk pool to reach a worker: a real module worker, or an in-process stand-in that
 * clones every message both ways as postMessage would (Node tests). Terminating the stand-in
 * drops whatever it was computing, as terminating a worker does.
 */
import { workerConnect } from './link';
import type { RiskReply, RiskRequest } from './risk-protocol';
import { createRiskPool, defaultWorkerCount } from './risk-pool';
import type { RiskPool, RiskPortFactory } from './risk-pool';
import { handleRiskRequest, riskTransferables } from './risk-request';

export const workerRiskPort: RiskPortFactory = workerConnect(
  () => new Worker(new URL('./risk.worker.ts', import.meta.url), { type: 'module' }),
  {
    stopped: (detail) => `A risk worker stopped: ${detail}`,
    unreadable: 'A risk result could not be read.',
  },
  riskTransferables,
);

/** `schedule` decides when a request is answered (tests may hold or reorder them). */
export function inProcessRiskPort(
  schedule: (answer: () => void) => void = (answer) => setTimeout(answer, 0),
  handle: (request: RiskRequest) => RiskReply = handleRiskRequest,
): RiskPortFactory {
  return (onReply) => {
    let live = true;
    return {
      post: (request) => {
        const copy = structuredClone(request, { transfer: riskTransferables(request) });
        schedule(() => {
          if (!live) return;
          const reply = handle(copy);
          onReply(structuredClone(reply, { transfer: riskTransferables(reply) }));
        });
      },
      terminate: () => {
        live = false;
      },
    };
  };
}

let shared: RiskPool | null = null;

/** The app's risk pool: one worker per core but one, started with the first job. */
export function riskPool(): RiskPool {
  shared ??= createRiskPool({
    connect: workerRiskPort,
    workers: defaultWorkerCount(globalThis.navigator?.hardwareConcurrency),
  });
  return shared;
}
