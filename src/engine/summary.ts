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

/** Σ col[i] over all months, or over the months labelled `onlyPhase`, in the column's own integers. */
function sum(col: Col, phase: Uint8Array, onlyPhase = 0): number | bigint {
  if (col instanceof Float64Array) {
    let s = 0;
    for (let i = 0; i < col.length; i++) {
      if (onlyPhase === 0 || phase[i] === onlyPhase) s += col[i] ?? 0;
    }
    return s;
  }
  let s = 0n;
  for (let i = 0; i < col.length; i++) {
    if (onlyPhase === 0 || phase[i] === onlyPhase) s += col[i] ?? 0n;
  }
  return s;
}

/** The first month m ≥ from (1-based) whose value is ≥ 0, or null. */
function firstNonNegative(col: Col, from: number): number | null {
  for (let i = from - 1; i < col.length; i++) {
    if ((col[i] ?? -1) >= 0) return i + 1;
  }
  return null;
}

/** The first month m ≥ from at whose end both columns are ≥ 0, or null. */
function firstBothNonNegative(a: Col, b: Col, from: number): number | null {
  for (let i = from - 1; i < a.length; i++) {
    if ((a[i] ?? -1) >= 0 && (b[i] ?? -1) >= 0) return i + 1;
  }
  return null;
}

/** The lowest value (at most 0) and the first month it occurs, null if the column never goes below 0. */
function lowest(col: Col): { value: number | bigint; month: number | null } {
  let min: number | bigint = 0;
  let month: number | null = null;
  for (let i = 0; i < col.length; i++) {
    const v = col[i] ?? 0;
    if (v < min) {
      min = v;
      month = i + 1;
    }
  }
  return { value: min, month };
}

/**
 * The figures of spec section 6 that everything else builds on, in the columns' own integers
 * (numbers for the fast path): the risk analysis keeps these for thousands of runs, so they are
 * not turned into text or BigInt here. Reads only the positions and the revenue, the columns
 * runFast records with `record: 'positions'`.
 */
export interface KeyFigures {
  breakEvenMonth: Record<PartnerKey, number | null>;
  partnershipBreakEvenMonth: number | null;
  /** The lowest end-of-month position (0 if never below) and its first month, cents. */
  lowest: Record<PartnerKey, { value: number | bigint; month: number | null }>;
  /** The final position, cents. */
  finalPosition: Record<PartnerKey, number | bigint>;
  /** Σ R, cents. */
  totalRevenue: number | bigint;
}

export function keyFigures(cols: Cols, goLive: number): KeyFigures {
  const a = cols.msp.position as Col;
  const b = cols.isv.position as Col;
  const h = cols.phase.length;
  return {
    breakEvenMonth: { msp: firstNonNegative(a, goLive), isv: firstNonNegative(b, goLive) },
    partnershipBreakEvenMonth: firstBothNonNegative(a, b, goLive),
    lowest: { msp: lowest(a), isv: lowest(b) },
    finalPosition: { msp: a[h - 1] ?? 0, isv: b[h - 1] ?? 0 },
    totalRevenue: sum(cols.revenue, cols.phase),
  };
}

function marginPct(p: Columns<Col>, phase: Uint8Array): string | null {
  if (!phase.includes(5)) return null;
  const shares = BigInt(sum(p.share, phase, 5));
  if (shares === 0n) return null;
  const profit = shares - BigInt(sum(p.cost, phase, 5));
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
  const key = keyFigures(cols, goLive);
  const totals = (p: Columns<Col>, k: PartnerKey) => ({
    cost: centsToString(sum(p.cost, cols.phase)),
    share: centsToString(sum(p.share, cols.phase)),
    position: centsToString(key.finalPosition[k]),
  });
  // A lowest position of 0 negates to -0 as a number; centsToString reads it as 0n, "0.00".
  const exposure = (k: PartnerKey): string => centsToString(-key.lowest[k].value);
  return {
    goLiveMonth: goLive,
    breakEvenMonth: key.breakEvenMonth,
    partnershipBreakEvenMonth: key.partnershipBreakEvenMonth,
    maxExposure: { msp: exposure('msp'), isv: exposure('isv') },
    totalRevenue: centsToString(key.totalRevenue),
    totals: { msp: totals(a, 'msp'), isv: totals(b, 'isv') },
    phaseStartMonth: phaseStarts(cols.phase),
    maxExposureMonth: { msp: key.lowest.msp.month, isv: key.lowest.isv.month },
    marginAfterPaybackPct: { msp: marginPct(a, cols.phase), isv: marginPct(b, cols.phase) },
  };
}
