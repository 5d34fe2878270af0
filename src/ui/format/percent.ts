import { appLocale } from './locale';
import { groupDigits } from './number';

/**
 * The one rule for the percent sign, by language: English writes "69.39%", German (Swiss
 * orthography, as Duden) "69.39 %" with a no-break space so the sign never wraps alone.
 */
export function percentSuffix(locale = appLocale()): string {
  return locale.startsWith('de') ? '\u00a0%' : '%';
}

/**
 * Percentages from exact text. `percent` is a decimal string in percent units ("23.45" is 23.45%),
 * as the KPI selectors produce it; the text keeps its digits, so nothing is re-rounded here.
 */
export function formatPercentText(percent: string, locale = appLocale()): string {
  return `${groupDigits(percent.trim(), locale)}${percentSuffix(locale)}`;
}

/** A ratio used as a chart coordinate (0.234 → "23.4%"). For drawing and axes only. */
export function formatRatio(ratio: number, digits = 1, locale = appLocale()): string {
  if (!Number.isFinite(ratio)) return String(ratio);
  return formatPercentText((ratio * 100).toFixed(digits), locale);
}
