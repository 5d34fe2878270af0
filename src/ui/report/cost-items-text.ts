import { formatMoney } from '../format/money';
import { formatDecimal } from '../format/number';
import { t } from '../i18n';
import type { ItemRow } from './cost-items';

/** Zero in any canonical spelling ("0", "0.00"). */
const isZero = (text: string) => /^0(\.0*)?$/.test(text);

/** An item's rate as read: "CHF 150.00/h", or "CHF 110.00/h (partner rate)". */
export function rateText(row: Pick<ItemRow, 'rate' | 'ownRate'>, currency: string): string {
  const rate = formatMoney(row.rate, currency);
  return row.ownRate
    ? t('report.items.ownRate', { rate })
    : t('report.items.partnerRate', { rate });
}

/** What an amount is made of: "40 h + CHF 500.00", "40 h", "CHF 500.00"; null when both are zero. */
export function itemDetail(hours: string, other: string, currency: string): string | null {
  const h = isZero(hours) ? null : formatDecimal(hours);
  const o = isZero(other) ? null : formatMoney(other, currency);
  if (h !== null && o !== null) return t('report.items.hoursOther', { hours: h, other: o });
  if (h !== null) return t('report.items.hours', { hours: h });
  return o;
}
