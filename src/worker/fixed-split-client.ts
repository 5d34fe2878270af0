/**
 * Fixed splits from the page as a job channel on the engine's own link (job-channel.ts): newest
 * percentage wins, so dragging the slider never queues up work. A result the engine worker still
 * holds is named by its run id and no columns travel; any other result (computed elsewhere, or
 * by a worker since replaced) is sent with its columns.
 */
import { fixedSplitInputOf, type SimulationResult } from '../engine';
import { fixedSplitRequest, splitFromWire, type FixedSplitOutput } from './fixed-split-request';
import { createJobChannel, type JobChannel, type JobEvent } from './job-channel';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { EngineTransport } from './transports';

export interface FixedSplitAsk {
  result: SimulationResult;
  /** The ISV's percentage; null: the default (its share of all costs). */
  isvPct: string | null;
}

export type FixedSplitEvent = JobEvent<FixedSplitAsk, FixedSplitOutput>;

export function createFixedSplitChannel(
  transport: EngineTransport,
  onEvent: (event: FixedSplitEvent) => void,
): JobChannel<FixedSplitAsk> {
  return createJobChannel<FixedSplitAsk, FixedSplitOutput, WorkerRequest, WorkerReply>(
    {
      link: transport.link,
      request: (id, { result, isvPct }) => {
        const runId = transport.held.get(result);
        const source = runId === undefined ? { input: fixedSplitInputOf(result) } : { runId };
        return fixedSplitRequest(id, source, isvPct);
      },
      read: (reply, ask) => {
        // Replies are routed by id: a split's reply is a split.
        if (reply.type !== 'fixed-split') return { kind: 'failed', error: { message: reply.type } };
        if (reply.ok) return { kind: 'done', output: splitFromWire(reply.split) };
        if (!reply.missing) return { kind: 'failed', error: reply.error };
        transport.held.delete(ask.result);
        return { kind: 'retry' };
      },
    },
    onEvent,
  );
}
