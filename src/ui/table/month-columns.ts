import type { PartnerKey, SimulationResult } from '../../engine/index';
import { centsToString, intAt, millionthsToString, PARTNER_KEYS } from '../../engine/index';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

/**
 * The columns of the month-by-month view: every figure the engine computes per month. The table
 * and the CSV export both read this list, so they always show the same figures in the same order.
 *
 * `kind` says how a value is turned into text: `money` is cents shown with two decimals,
 * `instances` millionths shown with six, `count` a whole number of instances, `month` the month
 * number and `phase` the phase label 1–5.
 */
export type ColumnKind = 'month' | 'phase' | 'instances' | 'count' | 'money';

/** The per-month columns of a result; the table and the export never read its summary. */
export type MonthData = Omit<SimulationResult, 'summary'>;

export type PartnerField =
  'cost' | 'share' | 'position' | 'catchUp' | 'equalSplit' | 'proportional';

export interface MonthColumn {
  /** Stable id, e.g. "revenue" or "msp.catchUp". */
  id: string;
  kind: ColumnKind;
  /** The partner the figure belongs to, or null for the month's own figures. */
  partner: PartnerKey | null;
  /** The column name's message, without the partner label ("cost", "catch-up"). */
  nameKey: MessageKey;
  /** The exact value for month index i (0 is month 1): cents, millionths or a whole number. */
  value: (result: MonthData, i: number) => bigint;
}

const PARTNER_FIELDS: readonly { field: PartnerField; nameKey: MessageKey }[] = [
  { field: 'cost', nameKey: 'column.cost' },
  { field: 'share', nameKey: 'column.share' },
  { field: 'position', nameKey: 'column.position' },
  { field: 'catchUp', nameKey: 'column.catchUp' },
  { field: 'equalSplit', nameKey: 'column.equalSplit' },
  { field: 'proportional', nameKey: 'column.proportional' },
];

type MonthFieldId = 'month' | 'phase' | 'instances' | 'billedInstances' | 'price' | 'revenue';

/** A figure of the month itself (no partner's), named by the message `column.<id>`. */
function monthField(id: MonthFieldId, kind: ColumnKind, value: MonthColumn['value']): MonthColumn {
  return { id, kind, partner: null, nameKey: `column.${id}`, value };
}

const MONTH_FIELDS: readonly MonthColumn[] = [
  monthField('month', 'month', (_r, i) => BigInt(i + 1)),
  monthField('phase', 'phase', (r, i) => BigInt(r.phase[i] ?? 0)),
  monthField('instances', 'instances', (r, i) => intAt(r.instances, i)),
  monthField('billedInstances', 'count', (r, i) => intAt(r.billedInstances, i)),
  monthField('price', 'money', (r, i) => intAt(r.price, i)),
  monthField('revenue', 'money', (r, i) => intAt(r.revenue, i)),
];

export const MONTH_COLUMNS: readonly MonthColumn[] = [
  ...MONTH_FIELDS,
  ...PARTNER_KEYS.flatMap((partner) =>
    PARTNER_FIELDS.map(({ field, nameKey }): MonthColumn => ({
      id: `${partner}.${field}`,
      kind: 'money',
      partner,
      nameKey,
      value: (r, i) => intAt(r[partner][field], i),
    })),
  ),
];

/** The column's name in the active language, lower case in English ("billed instances"). */
export function columnName(column: MonthColumn): string {
  return t(column.nameKey);
}

/** The canonical text of spec section 7: "-41200.09", "5.059467", "26". No grouping, no rounding. */
export function canonicalText(kind: ColumnKind, value: bigint): string {
  switch (kind) {
    case 'money':
      return centsToString(value);
    case 'instances':
      return millionthsToString(value);
    case 'month':
    case 'phase':
    case 'count':
      return value.toString();
    default:
      return kind satisfies never;
  }
}
