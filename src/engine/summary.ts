import { centsToString, scaledIntToString } from './columns';
import type { Columns, MoneyColumns } from './month-loop';
import { roundDivBig } from './rounding';
import type { PartnerKey, Phase, Summary } from './types';

/**
 * The summary of spec section 6 (plus the UI's extras), read off the finished columns. Float
 * columns come from the fast path, whose bound keeps every sum below 2^53, so summing them as
 * numbers is exact.
 */
type Col = Float64Array | readonly bigint[];
type Cols = MoneyColumns<Float64Array> | MoneyColumns<bigint[]>;

/** Σ col[i] over all months, or over the months labelled `onlyPhase`. */
function sum(col: Col, phase: Uint8Array, onlyPhase = 0): bigint {
  if (col instanceof Float64Array) {
    let s = 0;
    for (let i = 0; i < col.length; i++) {
      if (onlyPhase === 0 || phase[i] === onlyPhase) s += col[i] ?? 0;
    }
    return BigInt(s);
  }
  let s = 0n;
  for (let i = 0; i < col.length; i++) {
    if (onlyPhase === 0 || phase[i] === onlyPhase) s += col[i] ?? 0n;
  }
  return s;
}

function last(col: Col): bigint {
  const v = col[col.length - 1] ?? 0;
  return BigInt(v);
}

/** The first month m ≥ from (1-based) whose value is ≥ 0, or null. */
function firstNonNegative(col: Col, from: number): number | null {
  for (let i = from - 1; i < col.length; i++) {
    if ((col[i] ?? -1) >= 0) return i + 1;
  }
  return null;
}

/** The lowest value (at most 0) and the first month it occurs, null if the column never goes below 0. */
function lowest(col: Col): { value: bigint; month: number | null } {
  let min: number | bigint = 0;
  let month: number | null = null;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] ?? 0;
    if (v < min) {
      min = v;
      month = i + 1;
    }
  }
  return { value: BigInt(min), month };
}

function marginPct(p: Columns<Col>, phase: Uint8Array): string | null {
  if (!phase.includes(5)) return null;
  const shares = sum(p.share, phase, 5);
  if (shares === 0n) return null;
  const profit = shares - sum(p.cost, phase, 5);
  // Hundredths of a percent: 10^4 × profit / shares, half away from zero.
  return scaledIntToString(roundDivBig(10_000n * profit, shares), 2);
}

function phaseStarts(phase: Uint8Array): Record<Phase, number | null> {
  const starts: Record<Phase, number | null> = { 1: null, 2: null, 3: null, 4: null, 5: null };
  for (const p of [1, 2, 3, 4, 5] as const) {
    const i = phase.indexOf(p);
    starts[p] = i < 0 ? null : i + 1;
  }
  return starts;
}

export function summarize(cols: Cols, goLive: number): Summary {
  const a = cols.msp as Columns<Col>;
  const b = cols.isv as Columns<Col>;
  const beA = firstNonNegative(a.position, goLive);
  const beB = firstNonNegative(b.position, goLive);
  let together: number | null = null;
  for (let i = goLive - 1; i < cols.phase.length; i++) {
    if ((a.position[i] ?? -1) >= 0 && (b.position[i] ?? -1) >= 0) {
      together = i + 1;
      break;
    }
  }
  const lowA = lowest(a.position);
  const lowB = lowest(b.position);
  const totals = (p: Columns<Col>) => ({
    cost: centsToString(sum(p.cost, cols.phase)),
    share: centsToString(sum(p.share, cols.phase)),
    position: centsToString(last(p.position)),
  });
  const per = <T>(f: (p: Columns<Col>) => T): Record<PartnerKey, T> => ({ msp: f(a), isv: f(b) });
  return {
    goLiveMonth: goLive,
    breakEvenMonth: { msp: beA, isv: beB },
    partnershipBreakEvenMonth: together,
    maxExposure: { msp: centsToString(-lowA.value), isv: centsToString(-lowB.value) },
    totalRevenue: centsToString(sum(cols.revenue, cols.phase)),
    totals: per(totals),
    phaseStartMonth: phaseStarts(cols.phase),
    maxExposureMonth: { msp: lowA.month, isv: lowB.month },
    marginAfterPaybackPct: per((p) => marginPct(p, cols.phase)),
  };
}
