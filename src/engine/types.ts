/**
 * The engine's data shapes. Units are in the names: `Cents` are whole cents, `Millionths` are
 * millionths of an instance. Exact amounts are integers, never fractional JS numbers.
 */

import type { IssueCode, IssueParams } from './scenario/issues';
import type { UncertainField } from './uncertain-fields';

export type PartnerKey = 'msp' | 'isv';
export const PARTNER_KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/** 1 Investment, 2 Cash-flow negative, 3 Unequal investments, 4 Aligned investments, 5 Net positive. */
export type Phase = 1 | 2 | 3 | 4 | 5;

/**
 * A column of exact integers, one per month (index 0 is month 1).
 * - `Float64Array` when every value is a safe integer (|v| ≤ 2^53): the fast, common case. The
 *   values are whole numbers, so no binary rounding ever touches them.
 * - `BigInt64Array` (what crosses the worker boundary) or `bigint[]` (amounts past 2^63) otherwise.
 * Read it with the helpers in `columns.ts`, never by assuming one representation.
 */
export type IntColumn = Float64Array | BigInt64Array | readonly bigint[];

export interface PartnerMonths {
  /** C_p[m], cents. */
  cost: IntColumn;
  /** S_p[m], cents. */
  share: IntColumn;
  /** P_p at the end of month m, cents. */
  position: IntColumn;
  /** The allocation breakdown of spec section 5 (0 outside phases 3–5), cents: */
  catchUp: IntColumn; // x_p
  equalSplit: IntColumn; // y_p
  proportional: IntColumn; // z_p
}

export interface PartnerTotals {
  /** Canonical money strings (spec section 7). */
  cost: string;
  share: string;
  position: string;
}

export interface Summary {
  goLiveMonth: number;
  breakEvenMonth: Record<PartnerKey, number | null>;
  partnershipBreakEvenMonth: number | null;
  /** Canonical money strings. */
  maxExposure: Record<PartnerKey, string>;
  totalRevenue: string;
  totals: Record<PartnerKey, PartnerTotals>;
  // Beyond spec section 6 (not part of the canonical result): what the UI shows next to it.
  /** The first month carrying each phase label, or null if the label never occurs. */
  phaseStartMonth: Record<Phase, number | null>;
  /** The first month at whose end partner p's position was at its lowest; null if it never went below 0. */
  maxExposureMonth: Record<PartnerKey, number | null>;
  /**
   * Margin after payback Σ(S − C) / ΣS over the phase-5 months, as a percent with exactly two
   * decimals, half away from zero ("71.43"); null without a phase-5 month or when ΣS = 0.
   */
  marginAfterPaybackPct: Record<PartnerKey, string | null>;
}

export interface SimulationResult {
  horizonMonths: number;
  /** Phase label per month. */
  phase: Uint8Array;
  /** n[m], millionths of an instance. */
  instances: IntColumn;
  /** b[m] = floor(n[m]), whole instances (always ≤ 10,000,000, so a plain Float64Array). */
  billedInstances: Float64Array;
  /** price[yp] in force each month, cents. */
  price: IntColumn;
  /** R[m], cents. */
  revenue: IntColumn;
  msp: PartnerMonths;
  isv: PartnerMonths;
  summary: Summary;
}

/** A decimal number as exact text in canonical form: "87.35", "-3", "0.0001" (no exponent, no trailing zeros). */
export type DecimalString = string;

export interface PartnerInput {
  label: string;
  hourlyRate: DecimalString;
  initHours: DecimalString;
  initOther: DecimalString;
  monthlyHours: DecimalString;
  monthlyOther: DecimalString;
  hoursPerInstance: DecimalString;
  otherPerInstance: DecimalString;
}

/** A validated scenario (spec section 1). Produced only by `parseScenario`/`safeParseScenario`. */
export interface Scenario {
  version: 1;
  name: string;
  currency: string;
  horizonMonths: number;
  investmentMonths: number;
  msp: PartnerInput;
  isv: PartnerInput;
  price: { perInstance: DecimalString; yearlyChangePct: DecimalString };
  growth: {
    startInstances: DecimalString;
    newPerMonth: DecimalString;
    growthPct: DecimalString;
    churnPct: DecimalString;
    maxInstances: number | null;
  };
  costs: { yearlyChangePct: DecimalString };
}

/** One problem with an input, named by its dotted path ("msp.hourlyRate"; "" is the whole input). */
export interface ScenarioIssue {
  path: string;
  /** In English, for the CLI and logs. */
  message: string;
  /** For the UI to word the problem itself; only when asked for (`{ codes: true }`). */
  code?: IssueCode;
  params?: IssueParams;
}

// Scenario format 2 (spec section 9): itemised costs and the uncertainty of the risk analysis.

/** One cost item of a format-2 partner: what the work is, and the six amounts of a format-1 partner. */
export interface CostItem extends Omit<PartnerInput, 'label' | 'hourlyRate'> {
  /** 1–60 code points ("2nd level support"). */
  label: string;
  /** The item's own hourly labour cost, or null for the partner's. */
  hourlyRate: DecimalString | null;
}

export interface PartnerInputV2 {
  label: string;
  hourlyRate: DecimalString;
  /** 1–40 items. */
  items: CostItem[];
}

/** A triangular range around the scenario's own value (the mode): low ≤ mode ≤ high, low < high. */
export interface UncertainRange {
  field: UncertainField;
  low: DecimalString;
  high: DecimalString;
}

export interface Uncertainty {
  /** 1–10,000 runs. */
  runs: number;
  /** 0–4,294,967,295. */
  seed: number;
  /** At most one range per field. */
  ranges: UncertainRange[];
}

/** A validated format-2 scenario. Produced by `parseAnyScenario`/`safeParseAnyScenario` and `upgradeScenario`. */
export interface ScenarioV2 extends Omit<Scenario, 'version' | 'msp' | 'isv'> {
  version: 2;
  msp: PartnerInputV2;
  isv: PartnerInputV2;
  uncertainty: Uncertainty;
}
