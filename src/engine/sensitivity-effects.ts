import { centsToString } from './columns';
import type {
  SensitivityOutcome,
  SensitivityPoint,
  SensitivityResult,
  SensitivityRow,
} from './sensitivity';
import { toScaled } from './scaled';
import type { PartnerKey } from './types';

/**
 * What the tornado shows: for a chosen metric, each input's change of the outcome when moved down
 * and up, largest effect first. Differences are exact (cents as BigInt, months as integers).
 *
 * "Never breaks even" is a result of its own, not a number: losing or gaining break-even within the
 * horizon ranks above every finite change of the month (it is the bigger news), and two of those
 * rank by input order.
 */
export type SensitivityMetric = 'partnershipBreakEven' | 'finalPosition.msp' | 'finalPosition.isv';

export const SENSITIVITY_METRICS: readonly SensitivityMetric[] = [
  'partnershipBreakEven',
  'finalPosition.msp',
  'finalPosition.isv',
];

export type Effect =
  /** Change of the break-even month: positive = later (worse). */
  | { kind: 'months'; delta: number; month: number }
  /** Broke even in the base scenario, no longer does within the horizon. */
  | { kind: 'lost' }
  /** Never broke even in the base scenario, now does in `month`. */
  | { kind: 'gained'; month: number }
  /** Breaks even in neither. */
  | { kind: 'still-never' }
  /** Change of a final position, canonical money text ("-1250.00"); `cents` for drawing and sorting. */
  | { kind: 'money'; delta: string; cents: bigint; value: string };

export interface RankedRow {
  row: SensitivityRow;
  low: Effect;
  high: Effect;
}

function monthEffect(base: number | null, moved: number | null): Effect {
  if (base === null)
    return moved === null ? { kind: 'still-never' } : { kind: 'gained', month: moved };
  if (moved === null) return { kind: 'lost' };
  return { kind: 'months', delta: moved - base, month: moved };
}

function moneyEffect(base: string, moved: string): Effect {
  const cents = toScaled(moved, 2) - toScaled(base, 2);
  return { kind: 'money', delta: centsToString(cents), cents, value: moved };
}

export function effectOf(
  metric: SensitivityMetric,
  base: SensitivityOutcome,
  point: SensitivityPoint,
): Effect {
  if (metric === 'partnershipBreakEven') {
    return monthEffect(base.partnershipBreakEvenMonth, point.partnershipBreakEvenMonth);
  }
  const partner: PartnerKey = metric === 'finalPosition.msp' ? 'msp' : 'isv';
  return moneyEffect(base.finalPosition[partner], point.finalPosition[partner]);
}

/** Size of an effect for ranking: [tier, magnitude]; tier 1 = break-even gained or lost. */
function size(effect: Effect): [number, bigint] {
  switch (effect.kind) {
    case 'lost':
    case 'gained':
      return [1, 0n];
    case 'still-never':
      return [0, 0n];
    case 'months':
      return [0, BigInt(Math.abs(effect.delta))];
    case 'money':
      return [0, effect.cents < 0n ? -effect.cents : effect.cents];
    default:
      return effect satisfies never;
  }
}

function larger(a: [number, bigint], b: [number, bigint]): [number, bigint] {
  if (a[0] !== b[0]) return a[0] > b[0] ? a : b;
  return a[1] >= b[1] ? a : b;
}

function compareSize(a: [number, bigint], b: [number, bigint]): number {
  if (a[0] !== b[0]) return b[0] - a[0];
  if (a[1] === b[1]) return 0;
  return a[1] < b[1] ? 1 : -1;
}

/** Rows with their effects on `metric`, largest effect first (stable: ties keep input order). */
export function rankSensitivity(result: SensitivityResult, metric: SensitivityMetric): RankedRow[] {
  const ranked = result.rows.map((row) => ({
    row,
    low: effectOf(metric, result.base, row.low),
    high: effectOf(metric, result.base, row.high),
  }));
  const sizes = new Map(ranked.map((r) => [r, larger(size(r.low), size(r.high))]));
  return ranked.sort((a, b) => compareSize(sizes.get(a) ?? [0, 0n], sizes.get(b) ?? [0, 0n]));
}

/** True if the effect is no change at all (for "no effect" labels). */
export function isNoChange(effect: Effect): boolean {
  switch (effect.kind) {
    case 'months':
      return effect.delta === 0;
    case 'money':
      return effect.cents === 0n;
    case 'still-never':
      return true;
    case 'lost':
    case 'gained':
      return false;
    default:
      return effect satisfies never;
  }
}
