import type { PartnerKey, RiskResult } from '../../engine';
import type { ExtraSeries } from '../charts/chart-types';
import { formatMoney } from '../format/money';
import { t } from '../i18n';
import { PARTNER_STYLE } from '../theme/phases';
import { overlayOf } from './overlay-lines';

const QUANTILES = ['p10', 'p50', 'p90'] as const;
const KEYS = ['msp', 'isv'] as const;

/**
 * The risk fan laid over the revenue-sharing timeline: each partner's P10–P90 band (filled, its
 * edges dotted) and P50 line (dashed), and for the chart's table each partner's P10, P50 and P90
 * as the result's exact text. Between band months (beyond 240 months the bands hold every k-th
 * month) the table shows a dash rather than a figure no run produced.
 */
export function riskFanLayer(
  result: RiskResult,
  horizon: number,
  labels: Record<PartnerKey, string>,
  currency: string,
): ExtraSeries {
  // The band's edges carry its points only: the filled band is the picture (drawn lines at its
  // edges would read as more series on a projector).
  const lines = overlayOf(result, horizon, labels).lines.map((l) =>
    l.key.endsWith('p50') ? l : { ...l, color: 'none', inLegend: false },
  );
  const fans = KEYS.map((k) => ({
    key: `risk-${k}-band`,
    label: t('risk.fanBand', { who: labels[k] }),
    lower: `risk-${k}-p10`,
    upper: `risk-${k}-p90`,
    // 8-digit hex: the partner's colour at a quarter strength, over the phase bands.
    fill: `${PARTNER_STYLE[k].color}40`,
  }));
  const bandIndex = new Map(result.bands.months.map((m, j) => [m, j]));
  return {
    lines,
    fans,
    columns: KEYS.flatMap((k) =>
      QUANTILES.map((q) => t('risk.fanColumn', { who: labels[k], quantile: q.toUpperCase() })),
    ),
    row: (i) => {
      const j = bandIndex.get(i + 1);
      return KEYS.flatMap((k) =>
        QUANTILES.map((q) => {
          const text = j === undefined ? undefined : result.bands[k][q][j];
          return text === undefined ? '–' : formatMoney(text, currency);
        }),
      );
    },
  };
}

/** Where each partner ends: P10, P90 and the median of its position at the last band month. */
export function fanSummary(
  result: RiskResult,
  labels: Record<PartnerKey, string>,
  currency: string,
): string {
  return endsIn('risk.fanSummary', result, labels, currency).join(' ');
}

/** Each partner's P10, P50 and P90 at the last band month, worded by `key`. */
function endsIn(
  key: 'risk.fanSummary' | 'risk.fanEnd',
  result: RiskResult,
  labels: Record<PartnerKey, string>,
  currency: string,
): string[] {
  const last = result.bands.months.length - 1;
  const at = (k: PartnerKey, q: (typeof QUANTILES)[number]) =>
    formatMoney(result.bands[k][q][last] ?? '0.00', currency);
  return KEYS.map((k) =>
    t(key, { who: labels[k], p10: at(k, 'p10'), p50: at(k, 'p50'), p90: at(k, 'p90') }),
  );
}

/** The same per partner, short, for a slide: "VSHN: CHF 3'853'900.87 to …, median …". */
export function fanEnds(
  result: RiskResult,
  labels: Record<PartnerKey, string>,
  currency: string,
): string[] {
  return endsIn('risk.fanEnd', result, labels, currency);
}
