import { phaseInfo } from '../theme/phases';
import { formatCount, formatMoney } from '../format/money';
import { groupDigits } from '../format/number';
import { canonicalText } from './month-columns';
import type { ColumnKind } from './month-columns';

/**
 * A table cell for reading: money with the currency and the app's digit grouping
 * ("−CHF 79'828.74"), instances grouped with all six decimals kept, the phase with its name.
 * Everything starts from the exact canonical text, so no figure passes through a float.
 */
export function cellText(kind: ColumnKind, value: bigint, currency: string): string {
  switch (kind) {
    case 'money':
      return formatMoney(canonicalText('money', value), currency);
    case 'instances':
      // Grouped from the exact text, so none of the six decimals is lost.
      return groupDigits(canonicalText('instances', value));
    case 'count':
      return formatCount(value);
    case 'month':
      // Months are names rather than quantities ("month 6000"), so they are not grouped.
      return value.toString();
    case 'phase':
      return `${value} · ${phaseInfo(Number(value)).name}`;
    default:
      return kind satisfies never;
  }
}
