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
  WireFixedSplit,
  WireSplitColumns,
  WireSplitPartner,
} from './protocol';
import { columnFromWire, columnToWire } from './wire';

/**
 * The request for the split of a result at `isvPct`: by the id of the run that produced it when
 * the engine worker holds that run, else with its columns (copied by postMessage, not
 * transferred: the page keeps them).
 */
export function fixedSplitRequest(
  id: number,
  source: { runId: number } | { input: FixedSplitInput },
  isvPct: string | null,
): FixedSplitRequest {
  if ('runId' in source) return { type: 'fixed-split', id, source, isvPct };
  const { goLiveMonth, revenue, cost } = source.input;
  const columns = {
    goLiveMonth,
    revenue: columnToWire(revenue),
    cost: { msp: columnToWire(cost.msp), isv: columnToWire(cost.isv) },
  };
  return { type: 'fixed-split', id, source: { columns }, isvPct };
}

function partnerToWire(p: FixedSplitPartner): WireSplitPartner {
  return {
    ...p,
    share: columnToWire(p.share),
    position: columnToWire(p.position),
    positionSeries: toChartSeries(p.position),
  };
}

function inputFromWire(columns: WireSplitColumns): FixedSplitInput {
  return {
    goLiveMonth: columns.goLiveMonth,
    revenue: columnFromWire(columns.revenue),
    cost: { msp: columnFromWire(columns.cost.msp), isv: columnFromWire(columns.cost.isv) },
  };
}

/**
 * Answers one request; never throws (a bad percentage becomes an error reply). `held` gives the
 * input of a run the worker still holds (undefined: not held any more, the reply says `missing`).
 */
export function handleFixedSplitRequest(
  request: FixedSplitRequest,
  held: (runId: number) => FixedSplitInput | undefined = () => undefined,
): FixedSplitReply {
  const { id, source } = request;
  try {
    const input = 'runId' in source ? held(source.runId) : inputFromWire(source.columns);
    if (input === undefined) {
      // Never shown: the page asks again with the columns.
      const error = { message: 'missing' };
      return { type: 'fixed-split', id, ok: false, error, missing: true };
    }
    const defaultIsvPct = defaultSplitPct(input);
    const split = fixedSplit(input, request.isvPct ?? defaultIsvPct);
    return {
      type: 'fixed-split',
      id,
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
    return { type: 'fixed-split', id, ok: false, error: { message } };
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
