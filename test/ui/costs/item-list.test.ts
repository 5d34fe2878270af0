import { describe, expect, it } from 'vitest';
import type { PartnerInputV2 } from '../../../src/engine';
import {
  addItem,
  canAdd,
  duplicateItem,
  fitLabel,
  moveItem,
  removeItem,
} from '../../../src/ui/costs/item-list';
import { remapDrafts } from '../../../src/ui/costs/item-drafts';
import { item } from './harness';

const partner = (n: number): PartnerInputV2 => ({
  label: 'VSHN',
  hourlyRate: '110',
  items: Array.from({ length: n }, (_, i) => item(`Item ${i + 1}`)),
});

describe('the structural edits', () => {
  it('say where each item came from', () => {
    expect(addItem(partner(2), 'New').from).toEqual([0, 1, null]);
    expect(removeItem(partner(3), 1).from).toEqual([0, 2]);
    expect(duplicateItem(partner(3), 0, 'Copy').from).toEqual([0, null, 1, 2]);
    expect(moveItem(partner(3), 2, -1).from).toEqual([0, 2, 1]);
    expect(moveItem(partner(3), 0, -1).partner.items.map((i) => i.label)).toEqual([
      'Item 1',
      'Item 2',
      'Item 3',
    ]);
  });

  it('stop at 40 items and cut long labels to 60 characters', () => {
    expect(canAdd(partner(39))).toBe(true);
    expect(canAdd(partner(40))).toBe(false);
    expect([...fitLabel('ü'.repeat(70))]).toHaveLength(60);
  });

  it('move what is being typed along with its item', () => {
    const drafts = { '0.label': 'First', '2.initHours': '1,5' };
    expect(remapDrafts(drafts, [0, 2, 1])).toEqual({ '0.label': 'First', '1.initHours': '1,5' });
    expect(remapDrafts(drafts, [1, 2])).toEqual({ '1.initHours': '1,5' });
  });
});
