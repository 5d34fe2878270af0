import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent } from 'react';
import { explainMonth } from '../../engine';
import type { MonthExplanation, PartnerKey, SimulationResult } from '../../engine';
import { selectSelectedMonth, useAppState } from '../../state';
import { formatMoney } from '../format/money';
import { phaseInfo } from '../theme/phases';
import { explainSections, monthContext } from './explain-text';
import type { Labels } from './explain-text';
import './explain.css';

export interface ExplainPanelProps {
  result: SimulationResult;
  labels: Labels;
  currency: string;
}

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

function PositionsTable({
  e,
  labels,
  currency,
}: { e: MonthExplanation } & Omit<ExplainPanelProps, 'result'>) {
  const money = (m: string) => formatMoney(m, currency);
  return (
    <table className="explain__positions">
      <caption className="visually-hidden">Positions before and after month {e.month}</caption>
      <thead>
        <tr>
          <th scope="col">Partner</th>
          <th scope="col">Before</th>
          <th scope="col">Share − costs</th>
          <th scope="col">After</th>
        </tr>
      </thead>
      <tbody>
        {KEYS.map((k) => (
          <tr key={k}>
            <th scope="row">{labels[k]}</th>
            <td>{money(e.partners[k].positionBefore)}</td>
            <td>{money(e.partners[k].change)}</td>
            <td data-testid={`explain-after-${k}`}>{money(e.partners[k].positionAfter)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Whether focus is in the monthly table's section (or a field), whose keys select months by themselves. */
function focusInTable(): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return false;
  return active.closest('.months-section, table, [role="grid"], input, select, textarea') !== null;
}

/**
 * The selected month (chart click, Enter on a chart, or a table row) explained step by step.
 * A non-modal panel: ← / → (or the buttons) walk the months, Escape or Close clears the selection
 * and gives focus back to where it came from.
 */
export function ExplainPanel({ result, labels, currency }: ExplainPanelProps) {
  const selected = useAppState(selectSelectedMonth);
  const select = useAppState((s) => s.selectMonth);
  const clear = useAppState((s) => s.clearSelection);
  const month = selected !== null && selected <= result.horizonMonths ? selected : null;
  const explanation = useMemo(
    () => (month === null ? null : explainMonth(result, month)),
    [result, month],
  );
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const open = explanation !== null;

  useEffect(() => {
    if (!open) return;
    returnTo.current =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (focusInTable()) return;
    panelRef.current?.focus();
  }, [open]);
  // Opened from the monthly table (full width, month column on the left), the panel keeps to the
  // right; from a chart (results column on the right) it covers the inputs column on the left.
  useEffect(() => {
    const panel = panelRef.current;
    if (panel && month !== null && document.activeElement !== panel) {
      panel.dataset.side = focusInTable() ? 'right' : 'left';
    }
  }, [month]);

  const close = useCallback(() => {
    const target = returnTo.current;
    returnTo.current = null;
    // Focus still where the month was picked (a table row, the Jump box) stays there; focus in
    // the panel (which goes away) goes back to where it came from.
    const active = document.activeElement;
    const focusLost =
      active === null || active === document.body || panelRef.current?.contains(active);
    clear();
    if (focusLost && target?.isConnected) target.focus();
  }, [clear]);
  // Escape closes the panel wherever the month was picked from (the monthly table and the Jump
  // box keep focus, so the panel's own key handler never sees it), unless a dialog is open or
  // the focused control used Escape itself (a chart clears its cursor).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.target instanceof Node && panelRef.current?.contains(event.target)) return;
      close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, close]);

  if (explanation === null) return null;
  const e = explanation;
  const info = phaseInfo(e.phase);
  const go = (m: number) => {
    if (m >= 1 && m <= result.horizonMonths) select(m);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement) return;
    if (event.key === 'ArrowLeft') go(e.month - 1);
    else if (event.key === 'ArrowRight') go(e.month + 1);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };

  // A portal: the results column is a sticky stacking context that later sections would paint over.
  return createPortal(
    <aside
      ref={panelRef}
      className="explain"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-testid="explain-panel"
      data-month={e.month}
    >
      <header className="explain__head">
        <div>
          <h2 id={titleId} className="explain__title">
            Month {e.month} explained
          </h2>
          <p className="explain__context">
            {monthContext(e)} ·{' '}
            <span className="explain__phase" style={{ background: info.fill }}>
              Phase {info.phase}: {info.name}
            </span>
          </p>
        </div>
        <div className="explain__nav">
          <button
            type="button"
            onClick={() => go(e.month - 1)}
            disabled={e.month <= 1}
            aria-label="Previous month"
            title="Previous month (←)"
          >
            ‹
          </button>
          <button
            type="button"
            onClick={() => go(e.month + 1)}
            disabled={e.month >= result.horizonMonths}
            aria-label="Next month"
            title="Next month (→)"
          >
            ›
          </button>
          <button
            type="button"
            onClick={close}
            aria-label="Close the explanation"
            title="Close (Esc)"
          >
            ×
          </button>
        </div>
      </header>
      <div className="explain__body">
        {explainSections(e, labels, currency).map((s) => (
          <section key={s.key} className="explain__step" data-step={s.key}>
            <h3>{s.title}</h3>
            <p>{s.text}</p>
            {s.key === 'positions' && <PositionsTable e={e} labels={labels} currency={currency} />}
          </section>
        ))}
      </div>
      <p className="explain__keys">← → previous / next month · Esc closes</p>
    </aside>,
    document.body,
  );
}
