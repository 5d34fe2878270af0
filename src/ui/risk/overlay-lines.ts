import type { PartnerKey, RiskResult } from '../../engine';
import type { OverlayLine, RiskOverlay } from '../../state';
import { t } from '../i18n';
import { PARTNER_STYLE } from '../theme/phases';

/**
 * The risk bands as lines over the main timeline: each partner's P10 and P90 (dotted) and P50
 * (dashed), one value per month. Beyond 240 months the bands hold every k-th month only; a month
 * between two band months takes the next one's value (the figure for the end of that stretch).
 */
export function overlayOf(
  result: RiskResult,
  horizon: number,
  labels: Record<PartnerKey, string>,
): RiskOverlay {
  const { months } = result.bands;
  const perMonth = (texts: readonly string[]) => {
    const out = new Float64Array(horizon);
    let j = 0;
    for (let m = 1; m <= horizon; m++) {
      while (j < months.length - 1 && (months[j] ?? 0) < m) j++;
      out[m - 1] = Number(texts[j] ?? '0');
    }
    return out;
  };
  const lines: OverlayLine[] = (['msp', 'isv'] as const).flatMap((k) => [
    {
      key: `risk-${k}-p10`,
      label: t('risk.overlayLine', { who: labels[k], quantile: 'P10' }),
      values: perMonth(result.bands[k].p10),
      color: PARTNER_STYLE[k].color,
      dash: '1 3',
    },
    {
      key: `risk-${k}-p50`,
      label: t('risk.overlayLine', { who: labels[k], quantile: 'P50' }),
      values: perMonth(result.bands[k].p50),
      color: PARTNER_STYLE[k].color,
      dash: '4 2',
    },
    {
      key: `risk-${k}-p90`,
      label: t('risk.overlayLine', { who: labels[k], quantile: 'P90' }),
      values: perMonth(result.bands[k].p90),
      color: PARTNER_STYLE[k].color,
      dash: '1 3',
    },
  ]);
  return { horizon, lines };
}
