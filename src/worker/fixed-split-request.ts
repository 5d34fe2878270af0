/**
 * The fixed split on both sides of the worker boundary: answering a request (in the worker, or
 * in-process in tests) and turning the exact reply back into engine columns on the main thread.
 */
import {
  defaultSplitPct,
  PARTNER_KEYS,
  fixedSplit,
  toChartSeries,
  type IntColumn,
  type PartnerKey,
  type FixedSplitInput,
  type FixedSplitPartner,
  type FixedSplitResult,
} from '../engine';
import type {
  FixedSplitReply,
  FixedSplitRequest,
  WireSplitPartner,
  WireFixedSplit,
} from './protocol';
import { columnFromWire, columnToWire } from './wire';

/** The request for `input` at `isvPct` (columns are copied by postMessage, not transferred: the page keeps them). */
export function fixedSplitRequest(
  id: number,
  input: FixedSplitInput,
  isvPct: string | null,
): FixedSplitRequest {
  return {
    type: 'fixed-split',
    id,
    goLiveMonth: input.goLiveMonth,
    revenue: columnToWire(input.revenue),
    cost: { msp: columnToWire(input.cost.msp), isv: columnToWire(input.cost.isv) },
    isvPct,
  };
}

function partnerToWire(p: FixedSplitPartner): WireSplitPartner {
  return {
    ...p,
    share: columnToWire(p.share),
    position: columnToWire(p.position),
    positionSeries: toChartSeries(p.position),
  };
}

/** Answers one request; never throws (a bad percentage becomes an error reply). */
export function handleFixedSplitRequest(request: FixedSplitRequest): FixedSplitReply {
  try {
    const input: FixedSplitInput = {
      goLiveMonth: request.goLiveMonth,
      revenue: columnFromWire(request.revenue),
      cost: { msp: columnFromWire(request.cost.msp), isv: columnFromWire(request.cost.isv) },
    };
    const defaultIsvPct = defaultSplitPct(input);
    const split = fixedSplit(input, request.isvPct ?? defaultIsvPct);
    return {
      type: 'fixed-split',
      id: request.id,
      ok: true,
      split: {
        isvPct: split.isvPct,
        mspPct: split.mspPct,
        defaultIsvPct,
        msp: partnerToWire(split.msp),
        isv: partnerToWire(split.isv),
      },
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { type: 'fixed-split', id: request.id, ok: false, error: { message } };
  }
}

/** The typed arrays of a reply, to transfer rather than copy. */
export function splitTransferables(reply: FixedSplitReply): ArrayBuffer[] {
  if (!reply.ok) return [];
  const out: ArrayBuffer[] = [];
  for (const key of PARTNER_KEYS) {
    const p = reply.split[key];
    for (const col of [p.share, p.position, p.positionSeries]) {
      if (ArrayBuffer.isView(col) && col.buffer instanceof ArrayBuffer) out.push(col.buffer);
    }
  }
  return out;
}

/** What the page keeps: the engine's fixed split (exact columns), its default p, chart floats. */
export interface FixedSplitOutput {
  split: FixedSplitResult;
  defaultIsvPct: string;
  positionSeries: Record<PartnerKey, Float64Array>;
}

function partnerFromWire(p: WireSplitPartner): FixedSplitPartner {
  const { share, position, positionSeries: _series, ...figures } = p;
  const col = (c: WireSplitPartner['share']): IntColumn => columnFromWire(c);
  return { ...figures, share: col(share), position: col(position) };
}

export function splitFromWire(wire: WireFixedSplit): FixedSplitOutput {
  return {
    split: {
      isvPct: wire.isvPct,
      mspPct: wire.mspPct,
      msp: partnerFromWire(wire.msp),
      isv: partnerFromWire(wire.isv),
    },
    defaultIsvPct: wire.defaultIsvPct,
    positionSeries: { msp: wire.msp.positionSeries, isv: wire.isv.positionSeries },
  };
}
