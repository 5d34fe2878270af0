import { Fragment, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { KeyboardEvent } from 'react';
import { explainMonth } from '../../engine';
import type { MonthExplanation, PartnerKey, SimulationResult } from '../../engine';
import { selectSelectedMonth, useAppState } from '../../state';
import { formatMoney } from '../format/money';
import { useScenarioV2 } from '../hooks/use-scenario-v2';
import { useT } from '../i18n';
import { phaseInfo } from '../theme/phases';
import { ExplainItems } from './ExplainItems';
import { explainSections, monthContext } from './explain-text';
import type { Labels } from './explain-text';
import { choosePlacement, ROOM_CLASS } from './placement';
import './explain.css';
import { ColumnHeads } from '../table/ColumnHeads';

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
  const t = useT();
  const money = (m: string) => formatMoney(m, currency);
  return (
    <div
      className="explain__positions-box"
      role="region"
      aria-label={t('explain.positionsCaption', { month: e.month })}
      // Scrolls sideways on the narrowest screens, so it can be reached by keyboard.
      tabIndex={0}
    >
      <table className="explain__positions">
        <caption className="visually-hidden">
          {t('explain.positionsCaption', { month: e.month })}
        </caption>
        <ColumnHeads
          heads={[
            t('explain.col.partner'),
            t('explain.col.before'),
            t('explain.col.change'),
            t('explain.col.after'),
          ]}
        />
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
    </div>
  );
}

/** Where the last click or tap landed: a chart point is picked by pointer without taking focus. */
let lastPointerTarget: Element | null = null;
if (typeof document !== 'undefined') {
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (e.target instanceof Element && !e.target.closest('.explain'))
        lastPointerTarget = e.target;
    },
    true,
  );
}

/** Scrolls the page so `origin` sits just below the header, above the bottom sheet. */
function scrollAboveSheet(origin: Element): void {
  const header = document.querySelector('header');
  const top = header ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
  window.scrollBy({ top: origin.getBoundingClientRect().top - top - 8 });
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
  const t = useT();
  const selected = useAppState(selectSelectedMonth);
  const select = useAppState((s) => s.selectMonth);
  const clear = useAppState((s) => s.clearSelection);
  const scenario = useScenarioV2();
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
  // Placed once per opening, away from (or beside) what the month was picked from.
  useLayoutEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const origin =
      returnTo.current && returnTo.current !== document.body ? returnTo.current : lastPointerTarget;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const placement = choosePlacement(origin, window.innerWidth, rem);
    panel.dataset.side = placement;
    const room = ROOM_CLASS[placement];
    if (room) document.documentElement.classList.add(room);
    if (placement === 'sheet' && origin?.isConnected) scrollAboveSheet(origin);
    return () => {
      if (room) document.documentElement.classList.remove(room);
    };
  }, [open]);

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
            {t('explain.heading', { month: e.month })}
          </h2>
          <p className="explain__context">
            {monthContext(e)} ·{' '}
            <span className="explain__phase" style={{ background: info.fill }}>
              {t('explain.phase', { phase: info.phase, name: info.name })}
            </span>
          </p>
        </div>
        <div className="explain__nav">
          <button
            type="button"
            onClick={() => go(e.month - 1)}
            disabled={e.month <= 1}
            aria-label={t('explain.previous')}
            title={t('explain.previousHint')}
          >
            ‹
          </button>
          <button
            type="button"
            onClick={() => go(e.month + 1)}
            disabled={e.month >= result.horizonMonths}
            aria-label={t('explain.next')}
            title={t('explain.nextHint')}
          >
            ›
          </button>
          <button
            type="button"
            onClick={close}
            aria-label={t('explain.close')}
            title={t('explain.closeHint')}
          >
            ×
          </button>
        </div>
      </header>
      <div className="explain__body">
        {explainSections(e, labels, currency).map((s) => (
          <Fragment key={s.key}>
            <section className="explain__step" data-step={s.key}>
              <h3>{s.title}</h3>
              <p>{s.text}</p>
              {s.key === 'positions' && (
                <PositionsTable e={e} labels={labels} currency={currency} />
              )}
            </section>
            {/* The revenue step names each partner's costs: what they are made of follows it. */}
            {s.key === 'revenue' && <ExplainItems scenario={scenario} />}
          </Fragment>
        ))}
      </div>
      <p className="explain__keys">{t('explain.keys')}</p>
    </aside>,
    document.body,
  );
}
