import { MAX_ITEMS } from '../../engine';
import type { CostItem, PartnerInputV2 } from '../../engine';

/**
 * The cost builder's structural edits as pure functions. Each returns the next partner and, for
 * every new position, the old position it came from (null: a new item), so the builder can move
 * what is being typed in a field and the rows' identities along with the items.
 */
export interface ItemEdit {
  partner: PartnerInputV2;
  /** For each new index, the old index it came from, or null for an item that is new. */
  from: (number | null)[];
}

export const MIN_ITEMS = 1;
export { MAX_ITEMS };

/** The most code points of an item's label (spec section 9). */
const MAX_LABEL = 60;

const same = (n: number) => Array.from({ length: n }, (_, i): number | null => i);

const withItems = (partner: PartnerInputV2, items: CostItem[]): PartnerInputV2 => ({
  ...partner,
  items,
});

/** An item with nothing in it, at the partner's rate. */
export function emptyItem(label: string): CostItem {
  return {
    label,
    hourlyRate: null,
    initHours: '0',
    initOther: '0',
    monthlyHours: '0',
    monthlyOther: '0',
    hoursPerInstance: '0',
    otherPerInstance: '0',
  };
}

/** A label cut to the schema's length, by code points (never inside a character). */
export function fitLabel(label: string): string {
  const points = [...label];
  return points.length <= MAX_LABEL ? label : points.slice(0, MAX_LABEL).join('').trimEnd();
}

export const canAdd = (partner: PartnerInputV2) => partner.items.length < MAX_ITEMS;
export const canRemove = (partner: PartnerInputV2) => partner.items.length > MIN_ITEMS;

/** An empty item at the end. */
export function addItem(partner: PartnerInputV2, label: string): ItemEdit {
  return {
    partner: withItems(partner, [...partner.items, emptyItem(fitLabel(label))]),
    from: [...same(partner.items.length), null],
  };
}

export function removeItem(partner: PartnerInputV2, index: number): ItemEdit {
  return {
    partner: withItems(
      partner,
      partner.items.filter((_, i) => i !== index),
    ),
    from: same(partner.items.length).filter((i) => i !== index),
  };
}

/** A copy of the item right after it, named by `label` (its label with "(copy)"). */
export function duplicateItem(partner: PartnerInputV2, index: number, label: string): ItemEdit {
  const items = [...partner.items];
  const item = items[index];
  if (item === undefined) return { partner, from: same(items.length) };
  items.splice(index + 1, 0, { ...item, label: fitLabel(label) });
  const from = same(partner.items.length);
  from.splice(index + 1, 0, null);
  return { partner: withItems(partner, items), from };
}

/** The item swapped with its neighbour `by` places away (−1 up, +1 down); unchanged at an end. */
export function moveItem(partner: PartnerInputV2, index: number, by: -1 | 1): ItemEdit {
  const to = index + by;
  const from = same(partner.items.length);
  const a = partner.items[index];
  const b = partner.items[to];
  if (a === undefined || b === undefined) return { partner, from };
  const items = [...partner.items];
  items[index] = b;
  items[to] = a;
  from[index] = to;
  from[to] = index;
  return { partner: withItems(partner, items), from };
}
