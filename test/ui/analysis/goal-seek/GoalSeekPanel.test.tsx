// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, goalSeek } from '../../../../src/engine';
import type { Scenario } from '../../../../src/engine';
import { GoalSeekPanel } from '../../../../src/ui/analysis/goal-seek/GoalSeekPanel';
import { formatDecimalText } from '../../../../src/ui/analysis/value-text';
import { formatMoney } from '../../../../src/ui/format/money';
import { renderAnalysis } from '../harness';

const hours = (value: string) => `${formatDecimalText(value)} h`;

afterEach(cleanup);

function ask(field: string, month: string) {
  fireEvent.change(screen.getByLabelText('Which'), { target: { value: field } });
  fireEvent.change(screen.getByLabelText('breaks even by month'), { target: { value: month } });
  fireEvent.click(screen.getByRole('button', { name: 'Find the value' }));
}

const answer = () => screen.getByTestId('goal-seek-answer');

describe('the goal seek panel', () => {
  it('answers with the engine’s value and applies it to the scenario through the store', async () => {
    const { store } = renderAnalysis(<GoalSeekPanel />);
    ask('isv.initHours', '30');
    const expected = goalSeek(defaultScenario as Scenario, {
      field: 'isv.initHours',
      targetMonth: 30,
    });
    if (expected.kind !== 'reached') throw new Error('the default reaches month 30');
    await waitFor(
      () =>
        expect(answer().textContent).toContain(
          `ISV · Initialisation hours: ${hours(expected.value)} is the largest value`,
        ),
      { timeout: 3000 },
    );
    fireEvent.click(
      screen.getByRole('button', { name: `Apply ${hours(expected.value)} to the scenario` }),
    );
    expect(store.getState().scenario.isv.initHours).toBe(expected.value);
    expect(answer().textContent).toContain(
      `Applied: ISV · Initialisation hours is now ${hours(expected.value)}; the partnership breaks even in month ${expected.month}.`,
    );
    // After Apply, no "Now:" line repeats the value from before.
    expect(answer().textContent).not.toContain('Now:');
  });

  it('says when the answer no longer fits the scenario, and offers no Apply then', async () => {
    const { store } = renderAnalysis(<GoalSeekPanel />);
    ask('price.perInstance', '24');
    await waitFor(() => expect(answer().textContent).toContain(formatMoney('442.83', 'CHF')), {
      timeout: 3000,
    });
    act(() => {
      store.getState().updateScenario('growth.churnPct', '2');
    });
    expect(answer().textContent).toContain('The scenario has changed since');
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
  });

  it('says plainly when the goal is out of reach or the month is not possible', async () => {
    renderAnalysis(<GoalSeekPanel />);
    ask('msp.initHours', '24');
    await waitFor(
      () =>
        expect(answer().textContent).toContain(
          'Not reachable within the allowed range (best possible: month 25, with 0 h).',
        ),
      { timeout: 3000 },
    );
    ask('price.perInstance', '3');
    await waitFor(() => expect(answer().textContent).toContain('at the earliest in month 7'), {
      timeout: 3000,
    });
  });

  it('shows progress after 300 ms and cancels on request', async () => {
    const { runSlices } = renderAnalysis(<GoalSeekPanel />, { manual: true });
    ask('growth.newPerMonth', '24');
    // Held running: no slice has run. The progress bar appears only after 300 ms.
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    const cancel = await screen.findByRole('button', { name: 'Cancel' }, { timeout: 2000 });
    expect(screen.getByRole('button', { name: 'Find the value' }).hasAttribute('disabled')).toBe(
      true,
    );
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.getByText('Goal seek cancelled.')).toBeTruthy());
    runSlices();
    expect(screen.queryByTestId('goal-seek-answer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('cancels a running search when the scenario changes', async () => {
    const { store } = renderAnalysis(<GoalSeekPanel />, { manual: true });
    ask('price.perInstance', '24');
    act(() => {
      store.getState().updateScenario('price.perInstance', '400');
    });
    await waitFor(() => expect(screen.getByText(/cancelled: the scenario changed/)).toBeTruthy());
  });
});
