import type { Effect, SensitivityMetric } from '../../../engine';
import { formatMoney, formatSignedMoney } from '../../format/money';
import { t } from '../../i18n';
import { KPI_CATALOGUE, kpiLabel } from '../../kpi/kpi-catalogue';

/** A change of money with its sign: "+CHF 1’234.56", or the money format's own negative. */
export function signedMoney(delta: string, currency: string): string {
  return delta.startsWith('-') || /^0(\.0+)?$/.test(delta)
    ? formatMoney(delta, currency)
    : `+${formatMoney(delta, currency)}`;
}

/** Exact words for an effect, for tooltips and screen readers. */
export function effectText(effect: Effect, baseMonth: number | null, currency: string): string {
  const base = baseMonth ?? '–';
  switch (effect.kind) {
    case 'months': {
      if (effect.delta === 0) return t('sensitivity.noChange', { month: effect.month });
      const values = { n: Math.abs(effect.delta), month: effect.month, base };
      return t(effect.delta > 0 ? 'sensitivity.later' : 'sensitivity.earlier', values);
    }
    case 'lost':
      return t('sensitivity.lost', { base });
    case 'gained':
      return t('sensitivity.gained', { month: effect.month });
    case 'still-never':
      return t('sensitivity.stillNever');
    case 'money':
      return t('sensitivity.money', {
        value: formatMoney(effect.value, currency),
        delta: signedMoney(effect.delta, currency),
      });
    default:
      return effect satisfies never;
  }
}

/**
 * An amount rounded for a bar's end: three significant digits of whole currency units, at
 * least whole units (CHF 24’400, CHF 1’010’000, CHF 87), grouped like every other amount.
 * Rounded in BigInt, half away from zero; the exact figure is in the bar's tooltip.
 */
export function roundedMoney(cents: bigint, currency: string): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = (abs + 50n) / 100n;
  const digits = units.toString().length;
  const step = digits > 3 ? 10n ** BigInt(digits - 3) : 1n;
  const rounded = ((units + step / 2n) / step) * step;
  // The one money form of ui/format (sign before the currency), without the cents that the
  // rounding just made zero.
  const text = formatSignedMoney(`${negative ? '-' : ''}${rounded}`, currency);
  return text.replace(/[.,]00(?=\D*$)/, '');
}

/** A short label at the end of a bar (the exact figures are in effectText). */
export function barLabel(effect: Effect, currency = 'CHF'): string {
  switch (effect.kind) {
    case 'months':
      if (effect.delta === 0) return '0';
      return effect.delta > 0
        ? t('sensitivity.barLater', { n: effect.delta })
        : t('sensitivity.barEarlier', { n: -effect.delta });
    case 'lost':
    case 'still-never':
      return t('sensitivity.barNever');
    case 'gained':
      return t('sensitivity.barGained', { month: effect.month });
    case 'money':
      return roundedMoney(effect.cents, currency);
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

/** The metric's name, from the KPI catalogue ("VSHN: final position"). */
export function metricTitle(
  metric: SensitivityMetric,
  labels: { msp: string; isv: string },
): string {
  switch (metric) {
    case 'partnershipBreakEven':
      return kpiLabel(KPI_CATALOGUE.partnershipBreakEven);
    case 'finalPosition.msp':
      return kpiLabel(KPI_CATALOGUE.finalPosition, labels.msp);
    case 'finalPosition.isv':
      return kpiLabel(KPI_CATALOGUE.finalPosition, labels.isv);
    default:
      return metric satisfies never;
  }
}

/** The heading over the tornado: what the bars show a change of. */
export function metricHeading(
  metric: SensitivityMetric,
  labels: { msp: string; isv: string },
): string {
  if (metric === 'partnershipBreakEven') return t('sensitivity.headingBreakEven');
  return t('sensitivity.headingPosition', {
    who: metric === 'finalPosition.msp' ? labels.msp : labels.isv,
  });
}

/** Which way is good: for break-even, bars to the right (later) are bad; for money, good. */
export function axisWords(metric: SensitivityMetric): { left: string; right: string } {
  return metric === 'partnershipBreakEven'
    ? { left: t('sensitivity.axisEarlier'), right: t('sensitivity.axisLater') }
    : { left: t('sensitivity.axisLess'), right: t('sensitivity.axisMore') };
}
