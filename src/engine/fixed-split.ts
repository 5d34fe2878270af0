import { centsToString, intAt, scaledIntToString } from './columns';
import { roundDivBig } from './rounding';
import { toScaled } from './scaled';
import type { IntColumn, PartnerKey, SimulationResult } from './types';

/**
 * The fixed split the five-phase model is compared with: each month the ISV gets a fixed
 * percentage p of the revenue, `round2(R × p / 100)` (half away from zero, like every rounding of
 * the engine), and the MSP the rest, so both parts always add up to R. Costs are the scenario's
 * own; only the sharing differs. The figures use the same definitions as spec section 6
 * (break-even: first month ≥ go-live at whose end the position is ≥ 0; maximum exposure:
 * max(0, −lowest end-of-month position)), so the two models can be set side by side.
 *
 * p is a decimal string 0…100 with at most 4 decimals (the UI offers steps of 0.1).
 */

/** What the fixed split needs from a simulation: the revenue and each partner's costs. */
export interface FixedSplitInput {
  goLiveMonth: number;
  revenue: IntColumn;
  cost: Record<PartnerKey, IntColumn>;
}

/** The comparable figures of one partner, in the canonical formats of spec section 7. */
export interface SplitFigures {
  breakEvenMonth: number | null;
  maxExposure: string;
  finalPosition: string;
  totalShare: string;
  totalCost: string;
  /**
   * Margin over the horizon: (Σ shares − Σ costs) / Σ shares = final position / Σ shares, percent
   * with exactly two decimals, half away from zero; null when the partner received nothing.
   */
  marginPct: string | null;
}

export interface FixedSplitPartner extends SplitFigures {
  /** S_p per month, cents. */
  share: IntColumn;
  /** Cumulative position at the end of each month, cents. */
  position: IntColumn;
}

export interface FixedSplitResult {
  /** The ISV's percentage p as canonical decimal text ("61.3"); the MSP gets 100 − p. */
  isvPct: string;
  mspPct: string;
  msp: FixedSplitPartner;
  isv: FixedSplitPartner;
}

const PCT_DECIMALS = 4;
const PCT_SCALE = 10n ** BigInt(PCT_DECIMALS);
const HUNDRED_PCT = 100n * PCT_SCALE;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The fixed-split view of a simulation result. */
export function fixedSplitInputOf(result: SimulationResult): FixedSplitInput {
  return {
    goLiveMonth: result.summary.goLiveMonth,
    revenue: result.revenue,
    cost: { msp: result.msp.cost, isv: result.isv.cost },
  };
}

/** p as units of 10^-4 percent; RangeError unless 0 ≤ p ≤ 100 with at most 4 decimals. */
export function parseSplitPct(isvPct: string): bigint {
  const scaled = toScaled(isvPct, PCT_DECIMALS);
  if (scaled < 0n || scaled > HUNDRED_PCT) {
    throw new RangeError(`the ISV's percentage must be between 0 and 100, not ${isvPct}`);
  }
  return scaled;
}

/** Scaled percent text without trailing zeros but with at least one decimal ("61.3", "50.0"). */
function pctText(scaled: bigint): string {
  const text = scaledIntToString(scaled, PCT_DECIMALS).replace(/0+$/, '');
  return text.endsWith('.') ? `${text}0` : text;
}

/** A column of exact integers: a Float64Array when every value is a safe integer, else bigint[]. */
function toColumn(values: bigint[]): IntColumn {
  if (values.every((v) => v <= SAFE && v >= -SAFE)) return Float64Array.from(values, Number);
  return values;
}

/** (Σ shares − Σ costs) / Σ shares as percent text with two decimals; null when Σ shares = 0. */
export function horizonMarginPct(totalShare: bigint, finalPosition: bigint): string | null {
  if (totalShare <= 0n) return null;
  return scaledIntToString(roundDivBig(10_000n * finalPosition, totalShare), 2);
}

function cents(text: string): bigint {
  return toScaled(text, 2);
}

function sumColumn(col: IntColumn): bigint {
  let s = 0n;
  for (let i = 0; i < col.length; i++) s += intAt(col, i);
  return s;
}

/** Break-even month and maximum exposure of a position column (spec section 6 definitions). */
function positionFigures(position: IntColumn, goLiveMonth: number) {
  let breakEvenMonth: number | null = null;
  let lowest = 0n;
  for (let i = 0; i < position.length; i++) {
    const p = intAt(position, i);
    if (p < lowest) lowest = p;
    if (breakEvenMonth === null && i + 1 >= goLiveMonth && p >= 0n) breakEvenMonth = i + 1;
  }
  return { breakEvenMonth, maxExposure: -lowest };
}

function figures(
  share: bigint,
  cost: bigint,
  position: IntColumn,
  goLiveMonth: number,
): SplitFigures {
  const final = position.length > 0 ? intAt(position, position.length - 1) : 0n;
  const { breakEvenMonth, maxExposure } = positionFigures(position, goLiveMonth);
  return {
    breakEvenMonth,
    maxExposure: centsToString(maxExposure),
    finalPosition: centsToString(final),
    totalShare: centsToString(share),
    totalCost: centsToString(cost),
    marginPct: horizonMarginPct(share, final),
  };
}

/**
 * The default p: the ISV's share of all costs over the horizon, ΣC_isv / (ΣC_msp + ΣC_isv) × 100,
 * to 0.1 % rounded half away from zero (62.25 % → "62.3"). Without any costs it is "50.0", as
 * `allocate` treats two zero weights as equal ones.
 */
export function defaultSplitPct(input: FixedSplitInput): string {
  const isv = sumColumn(input.cost.isv);
  const total = sumColumn(input.cost.msp) + isv;
  const tenths = total === 0n ? 500n : roundDivBig(1000n * isv, total);
  return scaledIntToString(tenths, 1);
}

/** The fixed split of every month, with each partner's figures. */
export function fixedSplit(input: FixedSplitInput, isvPct: string): FixedSplitResult {
  const p = parseSplitPct(isvPct);
  const months = input.revenue.length;
  const share = { msp: [] as bigint[], isv: [] as bigint[] };
  const position = { msp: [] as bigint[], isv: [] as bigint[] };
  const totals = { msp: { share: 0n, cost: 0n }, isv: { share: 0n, cost: 0n } };
  let posA = 0n;
  let posB = 0n;
  for (let i = 0; i < months; i++) {
    const r = intAt(input.revenue, i);
    const ca = intAt(input.cost.msp, i);
    const cb = intAt(input.cost.isv, i);
    // round2(R × p / 100) in cents: R·p / (100 · 10^4) with p scaled by 10^4.
    const sb = roundDivBig(r * p, HUNDRED_PCT);
    const sa = r - sb;
    posA += sa - ca;
    posB += sb - cb;
    share.msp.push(sa);
    share.isv.push(sb);
    position.msp.push(posA);
    position.isv.push(posB);
    totals.msp.share += sa;
    totals.msp.cost += ca;
    totals.isv.share += sb;
    totals.isv.cost += cb;
  }
  const partner = (key: PartnerKey): FixedSplitPartner => {
    const pos = toColumn(position[key]);
    return {
      ...figures(totals[key].share, totals[key].cost, pos, input.goLiveMonth),
      share: toColumn(share[key]),
      position: pos,
    };
  };
  return {
    isvPct: pctText(p),
    mspPct: pctText(HUNDRED_PCT - p),
    msp: partner('msp'),
    isv: partner('isv'),
  };
}

/** The same figures for the five-phase model, read off a simulation result's summary (O(1)). */
export function fivePhaseFigures(result: SimulationResult): Record<PartnerKey, SplitFigures> {
  const s = result.summary;
  const of = (key: PartnerKey): SplitFigures => ({
    breakEvenMonth: s.breakEvenMonth[key],
    maxExposure: s.maxExposure[key],
    finalPosition: s.totals[key].position,
    totalShare: s.totals[key].share,
    totalCost: s.totals[key].cost,
    marginPct: horizonMarginPct(cents(s.totals[key].share), cents(s.totals[key].position)),
  });
  return { msp: of('msp'), isv: of('isv') };
}

/** How much better (positive) or worse a partner does under the fixed split, exactly. */
export interface SplitDifference {
  /** Static final position − five-phase final position, canonical money. */
  finalPosition: string;
  /** Static maximum exposure − five-phase maximum exposure (positive: more at risk), canonical money. */
  maxExposure: string;
  /** Static break-even month − five-phase break-even month (positive: later); null if either never breaks even. */
  breakEvenMonths: number | null;
}

export function compareWithFivePhase(
  model: Record<PartnerKey, SplitFigures>,
  split: FixedSplitResult,
): Record<PartnerKey, SplitDifference> {
  const diff = (key: PartnerKey): SplitDifference => {
    const a = model[key];
    const b = split[key];
    return {
      finalPosition: centsToString(cents(b.finalPosition) - cents(a.finalPosition)),
      maxExposure: centsToString(cents(b.maxExposure) - cents(a.maxExposure)),
      breakEvenMonths:
        a.breakEvenMonth === null || b.breakEvenMonth === null
          ? null
          : b.breakEvenMonth - a.breakEvenMonth,
    };
  };
  return { msp: diff('msp'), isv: diff('isv') };
}
