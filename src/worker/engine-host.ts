/**
 * The engine worker's whole job, free of worker APIs so it runs unchanged in a worker, in Node and
 * in tests: simulate a scenario, and answer fixed splits against the results it still holds, so a
 * slider step on the page sends a percentage and a run id instead of the result's columns.
 */
import { fixedSplitInputOf } from '../engine';
import type { FixedSplitInput, IntColumn } from '../engine';
import { handleFixedSplitRequest, splitTransferables } from './fixed-split-request';
import { handleRunRequest, type SimulateFn } from './handle-request';
import type { WorkerReply, WorkerRequest } from './protocol';
import { transferablesOf } from './wire';

/**
 * Runs held: the one on screen and the one whose reply may still be on its way (the page sends
 * the next run before it shows the last one). A page asking for an older one gets `missing`.
 */
export const HELD_RUNS = 2;

export interface EngineAnswer {
  reply: WorkerReply;
  /** Buffers to move with the reply rather than copy. */
  transfer: ArrayBuffer[];
}

/** A column that will travel as it is is moved away with the reply: keep a copy instead. */
function keep(col: IntColumn): IntColumn {
  return col instanceof BigInt64Array ? col.slice() : col;
}

export function createEngineHost(simulate: SimulateFn): (request: WorkerRequest) => EngineAnswer {
  const held = new Map<number, FixedSplitInput>();
  const hold = (runId: number, input: FixedSplitInput) => {
    held.set(runId, input);
    for (const old of held.keys()) if (held.size > HELD_RUNS) held.delete(old);
  };
  return (request) => {
    if (request.type === 'fixed-split') {
      const reply = handleFixedSplitRequest(request, (runId) => held.get(runId));
      return { reply, transfer: splitTransferables(reply) };
    }
    const reply = handleRunRequest(request, (scenario) => {
      const result = simulate(scenario);
      const { goLiveMonth, revenue, cost } = fixedSplitInputOf(result);
      hold(request.id, {
        goLiveMonth,
        revenue: keep(revenue),
        cost: { msp: keep(cost.msp), isv: keep(cost.isv) },
      });
      return result;
    });
    return { reply, transfer: reply.ok ? transferablesOf(reply.result) : [] };
  };
}
