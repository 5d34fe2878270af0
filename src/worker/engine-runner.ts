/**
 * The engine's runs as a job channel (job-channel.ts): newest input wins, a superseded run's
 * output still shows (marked updating), its failure is dropped. Each result received is recorded
 * with its run id, so fixed splits of it are answered by the worker that still holds it.
 */
import type { Scenario, SimulationResult } from '../engine';
import { createJobChannel, type JobChannel, type JobEvent } from './job-channel';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { EngineTransport } from './transports';
import { resultFromWire } from './wire';

export interface RunOutput {
  result: SimulationResult;
  /** Engine time in the worker, milliseconds (for the status line, not for logic). */
  elapsedMs: number;
}

export type RunUpdate = JobEvent<Scenario, RunOutput>;

export interface EngineRunner extends JobChannel<Scenario> {
  /** Frees the worker too. */
  dispose(): void;
}

export function createEngineRunner(
  transport: EngineTransport,
  onUpdate: (update: RunUpdate) => void,
): EngineRunner {
  const channel = createJobChannel<Scenario, RunOutput, WorkerRequest, WorkerReply>(
    {
      link: transport.link,
      request: (id, scenario) => ({ type: 'run', id, scenario }),
      read: (reply) => {
        // Replies are routed by id: a run's reply is a run result.
        if (reply.type !== 'result' || !reply.ok)
          return { kind: 'failed', error: reply.ok ? { message: reply.type } : reply.error };
        return {
          kind: 'done',
          output: { result: resultFromWire(reply.result), elapsedMs: reply.elapsedMs },
        };
      },
    },
    (update) => {
      if (update.kind === 'output') transport.held.set(update.output.result, update.runId);
      onUpdate(update);
    },
  );
  return {
    ...channel,
    dispose() {
      channel.dispose();
      transport.dispose();
    },
  };
}
