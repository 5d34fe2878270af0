import type { Effect, SensitivityMetric } from '../../../engine';
import { formatAxisMoney, formatMoney } from '../../format/money';
import { plural } from '../../format/month';

/** Exact words for an effect, for tooltips and screen readers. */
export function effectText(effect: Effect, baseMonth: number | null, currency: string): string {
  switch (effect.kind) {
    case 'months': {
      if (effect.delta === 0) return `no change (month ${effect.month})`;
      const n = Math.abs(effect.delta);
      const way = effect.delta > 0 ? 'later' : 'earlier';
      return `month ${effect.month}: ${plural(n, 'month', 'months')} ${way} than month ${baseMonth ?? '–'}`;
    }
    case 'lost':
      return `no longer breaks even within the horizon (was month ${baseMonth ?? '–'})`;
    case 'gained':
      return `now breaks even, in month ${effect.month}`;
    case 'still-never':
      return 'still never breaks even within the horizon';
    case 'money': {
      const sign = effect.cents > 0n ? '+' : '';
      return `${formatMoney(effect.value, currency)} (${sign}${formatMoney(effect.delta, currency)})`;
    }
    default:
      return effect satisfies never;
  }
}

/** A short label at the end of a bar (the exact figures are in effectText). */
export function barLabel(effect: Effect): string {
  switch (effect.kind) {
    case 'months':
      if (effect.delta === 0) return '0';
      return effect.delta > 0 ? `+${effect.delta} mo` : `−${-effect.delta} mo`;
    case 'lost':
      return 'never';
    case 'gained':
      return `month ${effect.month}`;
    case 'still-never':
      return 'never';
    case 'money': {
      const sign = effect.cents > 0n ? '+' : '';
      return `${sign}${formatAxisMoney(Number(effect.cents) / 100)}`;
    }
    default:
      return effect satisfies never;
  }
}

/**
 * Where a bar ends, as a fraction of the half-width (−1 … 1), given the largest finite size.
 * Break-even lost or gained fills the half-width; "later" and "more money" go right.
 */
export function barExtent(effect: Effect, largest: number): number {
  switch (effect.kind) {
    case 'months':
      return largest === 0 ? 0 : effect.delta / largest;
    case 'money':
      return largest === 0 ? 0 : Number(effect.cents) / largest;
    case 'lost':
      return 1;
    case 'gained':
      return -1;
    case 'still-never':
      return 0;
    default:
      return effect satisfies never;
  }
}

/** The largest finite size among effects, in the units barExtent divides by. */
export function largestSize(effects: readonly Effect[]): number {
  let max = 0;
  for (const e of effects) {
    if (e.kind === 'months') max = Math.max(max, Math.abs(e.delta));
    if (e.kind === 'money') max = Math.max(max, Math.abs(Number(e.cents)));
  }
  return max;
}

export function metricTitle(
  metric: SensitivityMetric,
  labels: { msp: string; isv: string },
): string {
  switch (metric) {
    case 'partnershipBreakEven':
      return 'Partnership break-even month';
    case 'finalPosition.msp':
      return `${labels.msp}: final position`;
    case 'finalPosition.isv':
      return `${labels.isv}: final position`;
    default:
      return metric satisfies never;
  }
}

/** Which way is good: for break-even, bars to the right (later) are bad; for money, good. */
export function axisWords(metric: SensitivityMetric): { left: string; right: string } {
  return metric === 'partnershipBreakEven'
    ? { left: '← earlier', right: 'later →' }
    : { left: '← less', right: 'more →' };
}
