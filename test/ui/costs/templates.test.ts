import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  partnerAmounts,
  partnerV2Schema,
  upgradeScenario,
} from '../../../src/engine';
import { applyTemplate, canSimplify, itemise, templateItems } from '../../../src/ui/costs';
import { item } from './harness';

const upgraded = upgradeScenario(defaultScenario);

describe('the responsibilities templates', () => {
  it('are valid items with the partnership page’s labels', () => {
    for (const key of ['msp', 'isv'] as const) {
      const partner = applyTemplate(upgraded[key], key);
      expect(partnerV2Schema.safeParse(partner).success).toBe(true);
    }
    expect(templateItems('msp').map((i) => i.label)).toEqual([
      'Service ownership (operations, code)',
      'Billing and end-customer contracts',
      '1st Level Support',
      '24/7 support with on-call organization',
      'Service instance operation (SLA)',
      'Servala Portal development & operation',
      'AppCat framework development & maintenance',
      'Training for AppCat framework',
      'Code and documentation review',
    ]);
  });

  it('keep the default scenario’s costs: their example hours add up to its totals', () => {
    for (const key of ['msp', 'isv'] as const) {
      expect(partnerAmounts(applyTemplate(upgraded[key], key))).toEqual(
        partnerAmounts(upgraded[key]),
      );
    }
  });
});

describe('itemise and back to simple', () => {
  it('keeps the one item first and adds the responsibilities empty, so no figure changes', () => {
    const partner = upgraded.isv;
    const itemised = itemise(partner, 'isv');
    expect(itemised.items[0]).toEqual(partner.items[0]);
    expect(itemised.items).toHaveLength(12);
    expect(itemised.items[3]).toEqual(item('2nd Level Support'));
    expect(partnerAmounts(itemised)).toEqual(partnerAmounts(partner));
    expect(canSimplify(partner)).toBe(true);
    expect(canSimplify(itemised)).toBe(false);
  });

  it('leaves a partner with several items as it is', () => {
    const partner = applyTemplate(upgraded.msp, 'msp');
    expect(itemise(partner, 'msp')).toBe(partner);
  });
});
