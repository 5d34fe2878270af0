import { phaseInfo } from '../theme/phases';
import { formatCount, formatMoney } from '../format/money';
import { canonicalText } from './month-columns';
import type { ColumnKind } from './month-columns';

/**
 * A table cell for reading: money with the currency and the app's digit grouping
 * ("CHF-79'828.74"), instances grouped with all six decimals kept, the phase with its name.
 * Everything starts from the exact canonical text, so no figure passes through a float.
 */
export function cellText(kind: ColumnKind, value: bigint, currency: string): string {
  switch (kind) {
    case 'money':
      return formatMoney(canonicalText('money', value), currency);
    case 'instances': {
      // At most 10,000,000 instances, so the whole part is a safe integer; the decimals are
      // appended as text so none of them is lost.
      const [whole = '0', frac = ''] = canonicalText('instances', value).split('.');
      return `${formatCount(Number(whole))}.${frac}`;
    }
    case 'count':
      return formatCount(Number(value));
    case 'month':
      // Months are names rather than quantities ("month 6000"), so they are not grouped.
      return value.toString();
    case 'phase':
      return `${value} · ${phaseInfo(Number(value)).name}`;
    default:
      return kind satisfies never;
  }
}
