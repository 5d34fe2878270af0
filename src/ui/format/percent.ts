import { appLocale, numberFormat } from './locale';

/**
 * Percentages from exact text. `percent` is a decimal string in percent units ("23.45" is 23.45%),
 * as the KPI selectors produce it; the text keeps its digits, so nothing is re-rounded here.
 */
export function formatPercentText(percent: string, locale = appLocale()): string {
  const decimals = percent.split('.')[1]?.length ?? 0;
  const f = numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${f.format(percent as unknown as number)}%`;
}

/** A ratio used as a chart coordinate (0.234 → "23.4%"). For drawing and axes only. */
export function formatRatio(ratio: number, digits = 1, locale = appLocale()): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);
}
