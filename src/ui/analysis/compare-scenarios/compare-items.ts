import { PARTNER_KEYS } from '../../../engine';
import type { CostItem, PartnerKey, ScenarioV2 } from '../../../engine';
import { AMOUNT_KEYS, itemMoney } from '../../report/cost-items';
import type { AmountKey, ItemMoney } from '../../report/cost-items';

/**
 * The cost items that differ between the compared scenarios, as data. An item is the same item
 * in two scenarios when it belongs to the same partner and has the same label (the n-th item of
 * a label matches the n-th of that label elsewhere). Against the first scenario (the baseline)
 * it is added, removed, changed (its rate, an amount or its money differs: a new partner rate
 * changes the money of the items that use it) or the same.
 */

export type ItemField = 'hourlyRate' | AmountKey;
export const ITEM_FIELDS: readonly ItemField[] = ['hourlyRate', ...AMOUNT_KEYS];

export type ItemStatus = 'added' | 'removed' | 'changed' | 'same';

export interface ItemCell {
  /** The item in this scenario, or null where it has none. */
  item: CostItem | null;
  /** Its set-up, monthly and per-instance money at year-0 rates, or null. */
  money: ItemMoney | null;
  /** Against the first scenario; null for the first itself. */
  status: ItemStatus | null;
}

export interface ItemDifference {
  key: string;
  partner: PartnerKey;
  label: string;
  /** The fields whose values are not the same in every scenario that holds the item. */
  fields: ItemField[];
  cells: ItemCell[];
}

/** A field as compared: a null rate (the partner's) is its own value. */
const fieldText = (item: CostItem, field: ItemField): string => item[field] ?? 'partner';

/** Everything compared about a cell, as one text (null: no item). */
function signature(c: ItemCell): string | null {
  if (c.item === null) return null;
  const item = c.item;
  return JSON.stringify([ITEM_FIELDS.map((f) => fieldText(item, f)), c.money]);
}

function statusOf(base: ItemCell, cell: ItemCell): ItemStatus {
  if (base.item === null) return cell.item === null ? 'same' : 'added';
  if (cell.item === null) return 'removed';
  return signature(base) === signature(cell) ? 'same' : 'changed';
}

/** One partner's items by matching key: the label and how many of that label came before. */
function keyed(s: ScenarioV2, partner: PartnerKey): Map<string, CostItem> {
  const seen = new Map<string, number>();
  const out = new Map<string, CostItem>();
  for (const item of s[partner].items) {
    const n = seen.get(item.label) ?? 0;
    seen.set(item.label, n + 1);
    out.set(JSON.stringify([item.label, n]), item);
  }
  return out;
}

/** The items not the same in every scenario, partner by partner, in the order they first appear. */
export function differingItems(scenarios: readonly ScenarioV2[]): ItemDifference[] {
  const out: ItemDifference[] = [];
  for (const partner of PARTNER_KEYS) {
    const maps = scenarios.map((s) => keyed(s, partner));
    for (const key of new Set(maps.flatMap((m) => [...m.keys()]))) {
      const cells = maps.map((m, i): ItemCell => {
        const item = m.get(key) ?? null;
        const money = item === null ? null : itemMoney(scenarios[i]![partner], item);
        return { item, money, status: null };
      });
      if (new Set(cells.map(signature)).size === 1) continue;
      const base = cells[0]!;
      for (const cell of cells.slice(1)) cell.status = statusOf(base, cell);
      const present = cells.flatMap((c) => (c.item === null ? [] : [c.item]));
      const first = present[0]!;
      const fields = ITEM_FIELDS.filter((f) =>
        present.some((item) => fieldText(item, f) !== fieldText(first, f)),
      );
      out.push({ key: `${partner}:${key}`, partner, label: first.label, fields, cells });
    }
  }
  return out;
}
