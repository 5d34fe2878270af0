import { fieldBounds, readScaled, stepsToDecimal, withSteps } from './analysis-fields';
import type { AnalysisField } from './analysis-fields';
import { compareDecimal, decimalPlaces, decimalTextOf } from './decimal-text';
import { roundDivBig } from './rounding';
import { toScaled } from './scaled';
import { simulate } from './simulate';
import type { PartnerKey, Scenario } from './types';

/**
 * Sensitivity analysis (the tornado): each listed input moved down and up by a percentage, the
 * scenario recomputed, and the outcomes kept exactly. Ranking and differences are in
 * sensitivity-effects.ts.
 *
 * Moved values: v × (1 ∓ pct/100), computed exactly, rounded to the field's decimal places half
 * away from zero (like every rounding of the engine), then clamped to the field's bounds (churn at
 * 100 % stays 100 %, nothing goes below 0). A clamped or unchanged value is reported as such, so
 * the UI can say why a bar is short or missing.
 */

export const SENSITIVITY_FIELDS: readonly AnalysisField[] = [
  'price.perInstance',
  'growth.newPerMonth',
  'growth.growthPct',
  'growth.churnPct',
  'msp.hourlyRate',
  'msp.initHours',
  'msp.monthlyHours',
  'msp.hoursPerInstance',
  'isv.hourlyRate',
  'isv.initHours',
  'isv.monthlyHours',
  'isv.hoursPerInstance',
];

export const DEFAULT_SENSITIVITY_PCT = '20';
/** How far an input may be moved: more than 0 and at most 100 %, at most 2 decimals. */
export const SENSITIVITY_PCT_PLACES = 2;

/** Progress of a long analysis: engine runs done out of (an upper bound on) the total. */
export interface AnalysisProgress {
  done: number;
  total: number;
}

/** What one engine run tells the tornado. */
export interface SensitivityOutcome {
  partnershipBreakEvenMonth: number | null;
  breakEvenMonth: Record<PartnerKey, number | null>;
  /** Canonical money strings: each partner's position at the end of the horizon. */
  finalPosition: Record<PartnerKey, string>;
}

export interface SensitivityPoint extends SensitivityOutcome {
  /** The moved value, canonical decimal text. */
  value: string;
  /** True if the bounds of the field cut the move short. */
  clamped: boolean;
}

export interface SensitivityRow {
  field: AnalysisField;
  /** The scenario's value of the field. */
  base: string;
  low: SensitivityPoint;
  high: SensitivityPoint;
}

export interface SensitivityResult {
  pct: string;
  base: SensitivityOutcome;
  rows: SensitivityRow[];
}

/** The percentage as canonical text if it is a valid move (0 < pct ≤ 100, ≤ 2 decimals), else null. */
export function parseSensitivityPct(input: string): string | null {
  const text = decimalTextOf(input.trim());
  if (text === null || decimalPlaces(text) > SENSITIVITY_PCT_PLACES) return null;
  if (compareDecimal(text, '0') <= 0 || compareDecimal(text, '100') > 0) return null;
  return stepsToPct(toScaled(text, SENSITIVITY_PCT_PLACES));
}

function stepsToPct(hundredths: bigint): string {
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac === '' ? whole.toString() : `${whole}.${frac}`;
}

/**
 * v moved by `direction` × pct percent, in the field's steps: round(v × (100 ± pct) / 100) half
 * away from zero (v ≥ 0 here, so half up), clamped to the field's bounds.
 */
export function movedSteps(
  field: AnalysisField,
  value: bigint,
  pct: string,
  direction: -1 | 1,
): { steps: bigint; clamped: boolean } {
  const { min, max } = fieldBounds(field);
  const p = toScaled(pct, SENSITIVITY_PCT_PLACES); // hundredths of a percent
  const factor = 10_000n + BigInt(direction) * p; // (100 ± pct) in hundredths of a percent
  const exact = roundDivBig(value * factor, 10_000n);
  if (exact < min) return { steps: min, clamped: true };
  if (exact > max) return { steps: max, clamped: true };
  return { steps: exact, clamped: false };
}

export function outcomeOf(scenario: Scenario): SensitivityOutcome {
  const { summary } = simulate(scenario);
  return {
    partnershipBreakEvenMonth: summary.partnershipBreakEvenMonth,
    breakEvenMonth: { ...summary.breakEvenMonth },
    finalPosition: { msp: summary.totals.msp.position, isv: summary.totals.isv.position },
  };
}

/**
 * The whole analysis as a stepper: it yields its progress after every engine run, so a worker can
 * pause between runs (to hear a cancel) and report progress; its return value is the result.
 * `fields` defaults to every listed input.
 */
export function* sensitivitySteps(
  scenario: Scenario,
  pct: string,
  fields: readonly AnalysisField[] = SENSITIVITY_FIELDS,
): Generator<AnalysisProgress, SensitivityResult, void> {
  const total = 1 + 2 * fields.length;
  const base = outcomeOf(scenario);
  let done = 1;
  yield { done, total };
  const rows: SensitivityRow[] = [];
  for (const field of fields) {
    const value = readScaled(scenario, field);
    const point = (direction: -1 | 1): SensitivityPoint => {
      const { steps, clamped } = movedSteps(field, value, pct, direction);
      // An unchanged value needs no run: its outcome is the base outcome.
      const outcome = steps === value ? base : outcomeOf(withSteps(scenario, field, steps));
      return { ...outcome, value: stepsToDecimal(field, steps), clamped };
    };
    const low = point(-1);
    yield { done: ++done, total };
    const high = point(1);
    yield { done: ++done, total };
    rows.push({ field, base: stepsToDecimal(field, value), low, high });
  }
  return { pct, base, rows };
}

/** Runs a stepper to its end (tests, the CLI, the benchmark). */
export function runToEnd<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export function sensitivity(
  scenario: Scenario,
  pct: string = DEFAULT_SENSITIVITY_PCT,
  fields?: readonly AnalysisField[],
): SensitivityResult {
  return runToEnd(sensitivitySteps(scenario, pct, fields));
}
