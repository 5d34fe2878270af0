import { formatMoney } from '../format/money';
import { appLocale, numberFormat } from '../format/locale';
import { t } from '../i18n';

const MONEY_KEYS = new Set([
  'hourlyRate',
  'initOther',
  'monthlyOther',
  'otherPerInstance',
  'perInstance',
]);
const HOURS_KEYS = new Set(['initHours', 'monthlyHours', 'hoursPerInstance']);

/** Exact decimal text with the language's grouping, its digits kept ("1'490.5"). */
export function formatDecimalText(text: string): string {
  if (!/^-?[0-9]+(\.[0-9]+)?$/.test(text)) return text;
  const decimals = text.split('.')[1]?.length ?? 0;
  const f = numberFormat(appLocale(), {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // Intl formats a decimal string exactly (no float on the way).
  return f.format(text as unknown as number);
}

/**
 * An input's value as the analysis views write it: money in the one money format
 * ("CHF 17’625.72"), hours with h, percentages with %, counts grouped.
 */
export function analysisValueText(path: string, value: string, currency: string): string {
  const key = path.split('.').at(-1) ?? '';
  if (MONEY_KEYS.has(key) && /^-?[0-9]+(\.[0-9]+)?$/.test(value)) {
    return formatMoney(value, currency);
  }
  const number = formatDecimalText(value);
  if (key.endsWith('Pct')) return t('analysis.percent', { value: number });
  if (HOURS_KEYS.has(key)) return t('analysis.hours', { value: number });
  return number;
}
