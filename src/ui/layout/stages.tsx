import { startTransition, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { selectResult, selectRunError, useAppState } from '../../state';
import type { AppState, AppStore } from '../../state';

/**
 * The first paint in steps, each its own render and commit in a task of its own: the header and
 * the key figures first, then the revenue-sharing timeline, the phases, the inputs, the other
 * charts, the panels below them, and last the analysis and the monthly table. Rendering the whole
 * page (or all the charts) in one commit would keep the main thread busy in one long task. A
 * first run that fails, or takes longer than `FIRST_RESULT_WAIT_MS`, does not hold the later
 * stages back. Once open, a stage stays open for the page's life.
 */
export const STAGES = {
  keyFigures: 0,
  timeline: 1,
  phases: 2,
  inputs: 3,
  charts: 4,
  moreCharts: 5,
  panels: 6,
  analysis: 7,
  table: 8,
} as const;
export const LAST_STAGE = STAGES.table;
export const FIRST_RESULT_WAIT_MS = 2000;

let stage = 0;
/** The closed stages on the page: each one's opener and its stage. */
const waiting = new Map<() => void, number>();

function advanceTo(next: number): void {
  if (next <= stage) return;
  stage = Math.min(next, LAST_STAGE);
  const opening = [...waiting].filter(([, at]) => at <= stage);
  for (const [open] of opening) open();
  // A stage with nothing on the page (no result yet for the charts): on to the next one.
  if (opening.length === 0 && stage < LAST_STAGE) advanceLater(stage + 1);
}

const settled = (s: AppState) => selectResult(s) !== null || selectRunError(s) !== null;

/**
 * Resolves once the first run has answered (or failed), or after `waitMs`: main.tsx renders the
 * first time with the figures at hand, so the page's top (the key figures, the introduction with
 * the scenario's phase months) is laid out once and nothing below it moves when they arrive.
 */
export function firstResult(store: AppStore, waitMs = FIRST_RESULT_WAIT_MS): Promise<void> {
  return new Promise((resolve) => {
    if (settled(store.getState())) return resolve();
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = store.subscribe((state) => {
      if (settled(state)) done();
    });
  });
}

/** The next stage in a task of its own, so the browser can paint the one just committed first. */
function advanceLater(next: number): () => void {
  const timer = setTimeout(() => advanceTo(next), 0);
  return () => clearTimeout(timer);
}

/** Opens the stages after the key figures once the first result (or the first run's failure) is on screen. App calls it. */
export function useStagedStart(): void {
  const ready = useAppState(settled);
  useEffect(() => {
    if (stage > 0) return;
    if (ready) return advanceLater(STAGES.timeline);
    const timer = setTimeout(() => advanceTo(LAST_STAGE), FIRST_RESULT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [ready]);
}

/**
 * `children` from stage `at` on, `fallback` until then. Opening is a transition: React renders
 * the stage in slices, and typing or a new result goes first.
 */
export function Stage({
  at,
  fallback = null,
  children,
}: {
  at: number;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(() => stage >= at);
  useEffect(() => {
    if (open) return advanceLater(at + 1);
    const update = () => {
      if (stage >= at) startTransition(() => setOpen(true));
    };
    waiting.set(update, at);
    update();
    return () => void waiting.delete(update);
  }, [open, at]);
  return open ? children : fallback;
}
