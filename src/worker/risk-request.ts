/**
 * A risk worker's whole job, free of worker APIs so that Node tests run it in-process: one request
 * in, one reply out, an engine error as a `failed` reply rather than an exception.
 */
import { finishRiskRuns, riskRuns } from '../engine';
import type { ExactInts, RiskPartial } from '../engine';
import type { RiskReply, RiskRequest } from './risk-protocol';

export function handleRiskRequest(request: RiskRequest): RiskReply {
  try {
    switch (request.type) {
      case 'slice': {
        const partial = riskRuns(request.scenario, request.from, request.to);
        return { type: 'slice', job: request.job, partial };
      }
      case 'finish': {
        const result = finishRiskRuns(request.scenario, request.partials);
        return { type: 'finished', job: request.job, result };
      }
      default:
        return request satisfies never;
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { type: 'failed', job: request.job, error: { message } };
  }
}

/** The buffers of a partial's typed arrays: moved to the other side, not copied. */
export function partialTransferables(p: RiskPartial): ArrayBuffer[] {
  const arrays: (ExactInts | Int32Array)[] = [
    p.breakEven.msp,
    p.breakEven.isv,
    p.breakEven.partnership,
    p.finalPosition.msp,
    p.finalPosition.isv,
    p.maxExposure.msp,
    p.maxExposure.isv,
    p.totalRevenue,
    p.bands.msp,
    p.bands.isv,
  ];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (!Array.isArray(a)) buffers.add(a.buffer as ArrayBuffer);
  return [...buffers];
}

/** What to transfer with a reply or request. */
export function riskTransferables(message: RiskRequest | RiskReply): ArrayBuffer[] {
  switch (message.type) {
    case 'slice':
      return 'partial' in message ? partialTransferables(message.partial) : [];
    case 'finish':
      return message.partials.flatMap(partialTransferables);
    case 'finished':
    case 'failed':
      return [];
    default:
      return message satisfies never;
  }
}
