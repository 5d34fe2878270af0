import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import type { CostItem, PartnerInputV2, PartnerKey } from '../../../src/engine';
import { PartnerCosts } from '../../../src/ui/costs';

/** An item at the partner's rate with nothing in it but what is given. */
export function item(label: string, amounts: Partial<CostItem> = {}): CostItem {
  return {
    label,
    hourlyRate: null,
    initHours: '0',
    initOther: '0',
    monthlyHours: '0',
    monthlyOther: '0',
    hoursPerInstance: '0',
    otherPerInstance: '0',
    ...amounts,
  };
}

/** Three items with mixed rates and figures that need the one rounding at the end. */
export const mixed: PartnerInputV2 = {
  label: 'ISV',
  hourlyRate: '100',
  items: [
    item('2nd level support', {
      initHours: '16',
      monthlyHours: '4.5',
      monthlyOther: '120.25',
      hoursPerInstance: '0.15',
    }),
    item('Maintenance', {
      hourlyRate: '95.5',
      initHours: '0.3333',
      initOther: '10',
      monthlyHours: '2.25',
      hoursPerInstance: '0.0125',
      otherPerInstance: '1.1',
    }),
    item('Runbook', { hourlyRate: '130', initHours: '80' }),
  ],
};

/**
 * The builder as the form holds it: the partner in state, every onChange recorded and applied,
 * so each test sees what one user action sent upstream.
 */
export function renderCosts(partner: PartnerInputV2 = mixed, partnerKey: PartnerKey = 'isv') {
  const onChange = vi.fn<(next: PartnerInputV2) => void>();
  function Harness() {
    const [current, setCurrent] = useState(partner);
    return (
      <PartnerCosts
        partnerKey={partnerKey}
        partner={current}
        currency="CHF"
        onChange={(next) => {
          onChange(next);
          setCurrent(next);
        }}
      />
    );
  }
  const view = render(<Harness />);
  const last = () => onChange.mock.lastCall?.[0];
  return { ...view, onChange, last };
}
