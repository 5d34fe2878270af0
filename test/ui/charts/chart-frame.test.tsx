// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, rankSensitivity, sensitivity } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { TornadoChart } from '../../../src/ui/analysis/sensitivity/TornadoChart';
import { effectText } from '../../../src/ui/analysis/sensitivity/effect-text';
import { analysisValueText } from '../../../src/ui/analysis/value-text';
import { cursorKey } from '../../../src/ui/charts/chart-cursor';
import { AppStoreContext, createAppStore } from '../../../src/state';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';

afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

const result = sensitivity(defaultScenario as Scenario, '20');
const rows = rankSensitivity(result, 'partnershipBreakEven');
const labels = { msp: 'VSHN', isv: 'ISV' };
const baseMonth = result.base.partnershipBreakEvenMonth;

function renderTornado() {
  return render(
    <AppStoreContext value={createAppStore()}>
      <TornadoChart
        rows={rows}
        metric="partnershipBreakEven"
        pct="20"
        baseMonth={baseMonth}
        currency="CHF"
        labels={labels}
      />
    </AppStoreContext>,
  );
}

const plot = () => screen.getByRole('group', { name: /^Tornado chart/ });
const tooltip = () => screen.getByTestId('tornado-tooltip').textContent ?? '';

describe('cursorKey: the frame’s keyboard over any x positions', () => {
  it('steps, jumps, selects and clears, inside 1…count', () => {
    const key = (k: string, from: number, shiftKey = false, vertical = false) =>
      cursorKey({ key: k, shiftKey }, from, 10, { big: 3, vertical });
    expect(key('ArrowRight', 4)).toEqual({ to: 5, select: false });
    expect(key('ArrowLeft', 1)).toEqual({ to: 1, select: false });
    expect(key('ArrowRight', 9, true)).toEqual({ to: 10, select: false });
    expect(key('ArrowLeft', 9, true)).toEqual({ to: 6, select: false });
    expect(key('Home', 7)).toEqual({ to: 1, select: false });
    expect(key('End', 2)).toEqual({ to: 10, select: false });
    expect(key('Enter', 3)).toEqual({ to: 3, select: true });
    expect(key('Escape', 3)).toEqual({ to: null, select: false });
    // Up/Down only for charts whose positions run down the page.
    expect(key('ArrowDown', 3)).toBeNull();
    expect(key('ArrowDown', 3, false, true)).toEqual({ to: 4, select: false });
    expect(key('ArrowUp', 3, false, true)).toEqual({ to: 2, select: false });
    expect(key('a', 3)).toBeNull();
  });
});

describe('the tornado in the shared chart frame', () => {
  it('walks the bars with the arrow keys, showing each bar’s exact figures', () => {
    renderTornado();
    const first = rows[0];
    const second = rows[1];
    if (!first || !second) throw new Error('no rows');
    fireEvent.keyDown(plot(), { key: 'ArrowDown' });
    // Position 1: the first input's "−20 %" bar.
    expect(tooltip()).toContain(effectText(first.low, baseMonth, 'CHF'));
    expect(document.querySelector('.tornado__bar.is-active')?.getAttribute('data-side')).toBe(
      'low',
    );
    fireEvent.keyDown(plot(), { key: 'ArrowRight' });
    expect(tooltip()).toContain(effectText(first.high, baseMonth, 'CHF'));
    expect(tooltip()).toContain('+20%');
    // Shift: a whole row (both bars) further.
    fireEvent.keyDown(plot(), { key: 'ArrowDown', shiftKey: true });
    const active = document.querySelector('.tornado__bar.is-active');
    expect(active?.closest('[data-field]')?.getAttribute('data-field')).toBe(second.row.field);
    expect(active?.getAttribute('data-side')).toBe('high');
    fireEvent.keyDown(plot(), { key: 'End' });
    const last = rows[rows.length - 1];
    expect(tooltip()).toContain(effectText(last!.high, baseMonth, 'CHF'));
    // Announced: the keyboard moved the cursor.
    expect(screen.getByTestId('tornado-tooltip').parentElement?.getAttribute('aria-live')).toBe(
      'polite',
    );
    fireEvent.keyDown(plot(), { key: 'Escape' });
    expect(screen.queryByTestId('tornado-tooltip')).toBeNull();
  });

  it('lists every bar’s moved value and effect in its table alternative', () => {
    renderTornado();
    fireEvent.click(screen.getByRole('button', { name: /Show as table/ }));
    const table = within(screen.getByRole('region', { name: /table$/ }));
    const bodyRows = table.getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      const cells = within(bodyRows[i] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([
        analysisValueText(r.row.field, r.row.low.value, 'CHF'),
        effectText(r.low, baseMonth, 'CHF'),
        analysisValueText(r.row.field, r.row.high.value, 'CHF'),
        effectText(r.high, baseMonth, 'CHF'),
      ]);
    });
    expect(table.getByRole('columnheader', { name: 'Effect of +20%' })).toBeTruthy();
    // The frame's PNG button and summary come with it.
    expect(screen.getByRole('button', { name: /PNG/ })).toBeTruthy();
    expect(screen.getByText(/12 inputs, largest effect first/)).toBeTruthy();
  });

  it('speaks German: the table’s headers and the summary', () => {
    act(() => activateMessages('de', german));
    renderTornado();
    fireEvent.click(screen.getByRole('button', { name: /Als Tabelle/ }));
    expect(screen.getByRole('columnheader', { name: /^Wirkung von \+20\s%$/ })).toBeTruthy();
    expect(screen.getByText(/12 Eingaben, die grösste Wirkung zuerst/)).toBeTruthy();
  });
});
