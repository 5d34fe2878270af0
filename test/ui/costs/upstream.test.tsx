// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario, upgradeScenario } from '../../../src/engine';
import { BackToSimpleButton, ItemiseButton, PartnerCosts } from '../../../src/ui/costs';
import { mixed } from './harness';

afterEach(cleanup);

describe('the cost builder and the form around it', () => {
  it('reports an invalid field once when it appears and once when it is fixed', () => {
    const onInvalidChange = vi.fn();
    render(
      <PartnerCosts
        partnerKey="isv"
        partner={mixed}
        currency="CHF"
        onChange={() => {}}
        onInvalidChange={onInvalidChange}
      />,
    );
    // Mounting valid says nothing, so it never clears what another field reported.
    expect(onInvalidChange).not.toHaveBeenCalled();
    const field = screen.getByRole('textbox', { name: 'Runbook: item name' });
    fireEvent.change(field, { target: { value: '' } });
    expect(screen.getByText('Item name must be text of 1 to 60 characters')).toBeTruthy();
    fireEvent.change(field, { target: { value: '' } });
    expect(onInvalidChange.mock.calls).toEqual([[true]]);
    fireEvent.change(field, { target: { value: 'Runbook v2' } });
    expect(onInvalidChange.mock.calls).toEqual([[true], [false]]);
  });

  it('drops what is typed when the partner changes from outside (undo)', () => {
    const props = { partnerKey: 'isv', currency: 'CHF', onChange: () => {} } as const;
    const { rerender } = render(<PartnerCosts {...props} partner={mixed} />);
    const field = () => screen.getByRole('textbox', { name: 'Runbook: set-up hours' });
    fireEvent.change(field(), { target: { value: 'lots' } });
    expect(field().getAttribute('aria-invalid')).toBe('true');
    const undone = { ...mixed, items: mixed.items.map((i) => ({ ...i, initHours: '7' })) };
    rerender(<PartnerCosts {...props} partner={undone} />);
    expect(field()).toHaveProperty('value', '7');
    expect(field().getAttribute('aria-invalid')).toBe('false');
  });

  it('itemises a one-item partner and explains why back to simple waits for one item', () => {
    const onChange = vi.fn();
    const onSimple = vi.fn();
    const isv = upgradeScenario(defaultScenario).isv;
    render(<ItemiseButton partnerKey="isv" partner={isv} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Itemise ISV’s costs' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.lastCall?.[0].items[0]).toEqual(isv.items[0]);
    cleanup();
    render(<BackToSimpleButton partner={mixed} onSimple={onSimple} />);
    const back = screen.getByRole('button', { name: 'Back to simple' });
    fireEvent.click(back);
    expect(onSimple).not.toHaveBeenCalled();
    expect(back.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/needs exactly one item/)).toBeTruthy();
  });
});
