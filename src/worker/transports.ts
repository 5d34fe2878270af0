/**
 * Interchangeable ways to reach the engine. All speak the same protocol (protocol.ts) through
 * one link (link.ts), shared by the simulation and the fixed split:
 * - in-process: calls the engine host directly (tests, or a browser without module workers);
 * - in-process with serialization: structuredClone both ways, as postMessage would (Node tests
 *   of the wire format and of transferring);
 * - web worker: the real thing, started with the first request, replaced after a crash.
 */
import type { SimulationResult } from '../engine';
import { createEngineHost, type EngineAnswer } from './engine-host';
import type { SimulateFn } from './handle-request';
import { createLink, workerConnect, type Connect, type Link } from './link';
import type { WorkerReply, WorkerRequest } from './protocol';

export type EngineLink = Link<WorkerRequest, WorkerReply>;

export interface EngineTransport {
  link: EngineLink;
  /** The run that produced each result received, while its worker may still hold it. */
  held: WeakMap<SimulationResult, number>;
  /** Frees the worker, if any. Requests still open are dropped. */
  dispose(): void;
}

export type EngineConnect = Connect<WorkerRequest, WorkerReply>;

/** Every reply of the engine worker ends its request. */
export function engineTransport(connect: EngineConnect): EngineTransport {
  const link = createLink(connect, () => true);
  // A crash loses what the worker held; results from before it are asked for with their columns.
  const held = new WeakMap<SimulationResult, number>();
  return { link, held, dispose: () => link.dispose() };
}

/** An in-process engine host behind a port; `clone` copies both ways as postMessage would. */
export function inProcessConnect(
  answer: (request: WorkerRequest) => EngineAnswer,
  clone: boolean,
): EngineConnect {
  return (onReply) => {
    let live = true;
    return {
      post: (request) => {
        const copy = clone ? structuredClone(request) : request;
        // Answer asynchronously, like a worker would, so callers never depend on synchronous replies.
        void Promise.resolve().then(() => {
          if (!live) return;
          const { reply, transfer } = answer(copy);
          onReply(clone ? structuredClone(reply, { transfer }) : reply);
        });
      },
      terminate: () => {
        live = false;
      },
    };
  };
}

export function inProcessTransport(simulate: SimulateFn): EngineTransport {
  return engineTransport(inProcessConnect(createEngineHost(simulate), false));
}

export function serializingTransport(simulate: SimulateFn): EngineTransport {
  return engineTransport(inProcessConnect(createEngineHost(simulate), true));
}

export function createEngineWorker(): Worker {
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

export function webWorkerTransport(
  createWorker: () => Worker = createEngineWorker,
): EngineTransport {
  return engineTransport(
    workerConnect(createWorker, {
      stopped: (detail) => `The calculation worker stopped: ${detail}`,
      unreadable: 'A calculation result could not be read.',
    }),
  );
}

const noSimulation: SimulateFn = () => {
  throw new Error('This page cannot start the calculation worker.');
};

let shared: EngineTransport | null = null;

/**
 * The app's engine worker, shared by the simulation and the fixed split (it starts with the
 * first request). Without Worker support (component tests in happy-dom) fixed splits are answered
 * in-process from the result's columns; simulations there are wired up by the test.
 */
export function appEngineTransport(): EngineTransport {
  shared ??=
    typeof Worker === 'undefined' ? inProcessTransport(noSimulation) : webWorkerTransport();
  return shared;
}
