/**
 * The application store: the scenario (the single source of truth) and the engine's run state.
 * Everything else (chart series, KPI values) is derived from the run output by selectors.
 *
 * Data flows one way: form or link → scenario → engine (src/app/connect-engine.ts) → run → charts/KPIs.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { temporal, type TemporalState } from 'zundo';
import { defaultScenario, safeParseScenario, writePath as setAtPath } from '../engine';
import type { Scenario, ScenarioFieldPath, ScenarioIssue } from '../engine';
import { initialRunState, type RunState } from './run-state';
import { createViewState, type ViewState } from './view';

export type UpdateResult = { ok: true } | { ok: false; issues: ScenarioIssue[] };

/** The scenario, its run, and the view state (view/), each store with its own. */
export interface AppState extends ViewState {
  /** The current, always valid scenario. */
  scenario: Scenario;
  /**
   * Increases whenever the scenario is replaced from outside the input form (preset, link, reset,
   * `updateScenario`), so the form knows to reset its fields to the new scenario. Edits made in the
   * form itself (`applyFormScenario`) leave it alone, or the form would reset while you type.
   */
  scenarioRevision: number;
  run: RunState;
  /** Increases on "Try again" after a failed run: the same scenario is run once more. */
  runAttempt: number;
  /** A field of the input form holds a value the model does not accept (the figures are those of the last valid inputs). */
  formInvalid: boolean;

  /** Replaces the scenario (a preset, a decoded link, an imported file). It must come from the engine's parser. */
  setScenario: (scenario: Scenario) => void;
  /** Changes one field; the value is validated with the engine's schema and rejected if invalid. */
  updateScenario: (path: ScenarioFieldPath, value: unknown) => UpdateResult;
  /** Back to the default scenario. */
  resetScenario: () => void;
  /** For the input form only: a valid scenario typed into the form. */
  applyFormScenario: (scenario: Scenario) => void;
  /** Runs the current scenario again (after a failed run, e.g. a crashed worker). */
  retryRun: () => void;
  setFormInvalid: (invalid: boolean) => void;
  /** Back to the scenario before the last change (a burst of typing in one field is one change). */
  undo: () => void;
  redo: () => void;
}

/** What undo and redo restore: the scenario, nothing else (runs and view state follow it). */
export type TrackedState = Pick<AppState, 'scenario'>;
export type AppStore = StoreApi<AppState> & { temporal: StoreApi<TemporalState<TrackedState>> };

/** Edits of the form this close together are one undo step (typing "455" is one change). */
export const TYPING_BURST_MS = 1000;
/** Undo steps kept. */
export const HISTORY_LIMIT = 100;

type Creator = StateCreator<AppState, [['temporal', unknown]]>;

/**
 * The store's state and actions, with undo history (zundo's temporal middleware, tracking only
 * the scenario). Each call makes a fresh creator, so every store has its own typing-burst clock.
 */
export function appStateCreator(now: () => number = Date.now) {
  // Whether the change being recorded is an edit typed in the form, and when the last one was.
  let typing = false;
  let lastTypedAt = -Infinity;
  const creator: Creator = (set, get, api) => {
    // zundo attaches `temporal` to the store; its mutator type leaves it unknown here.
    const history = () => (api as unknown as AppStore).temporal.getState();
    return {
      ...createViewState(set, get),
      scenario: defaultScenario,
      scenarioRevision: 0,
      run: initialRunState,
      runAttempt: 0,
      formInvalid: false,

      setScenario: (scenario) => {
        typing = false;
        set((s) => ({ scenario, scenarioRevision: s.scenarioRevision + 1 }));
      },

      updateScenario: (path, value) => {
        const parsed = safeParseScenario(setAtPath(get().scenario, path.split('.'), value));
        if (!parsed.ok) return { ok: false, issues: parsed.issues };
        get().setScenario(parsed.scenario);
        return { ok: true };
      },

      resetScenario: () => get().setScenario(defaultScenario),

      applyFormScenario: (scenario) => {
        typing = true;
        set({ scenario });
        typing = false;
      },

      retryRun: () => set((s) => ({ runAttempt: s.runAttempt + 1 })),

      setFormInvalid: (invalid) => {
        if (get().formInvalid !== invalid) set({ formInvalid: invalid });
      },

      // The form follows an undone scenario like any scenario from outside: the revision says so.
      undo: () => {
        if (history().pastStates.length === 0) return;
        history().undo();
        lastTypedAt = -Infinity;
        set((s) => ({ scenarioRevision: s.scenarioRevision + 1 }));
      },
      redo: () => {
        if (history().futureStates.length === 0) return;
        history().redo();
        lastTypedAt = -Infinity;
        set((s) => ({ scenarioRevision: s.scenarioRevision + 1 }));
      },
    };
  };
  return temporal(creator, {
    partialize: (s): TrackedState => ({ scenario: s.scenario }),
    equality: (a, b) => a.scenario === b.scenario,
    limit: HISTORY_LIMIT,
    // A typed edit right after another typed edit joins its undo step instead of making a new one.
    handleSet: (record) => (pastState, replace) => {
      const t = now();
      const joins = typing && t - lastTypedAt < TYPING_BURST_MS;
      lastTypedAt = typing ? t : -Infinity;
      if (!joins) record(pastState, replace as false | undefined);
    },
  });
}

/** A fresh, unconnected store (tests; the app uses `useAppStore`). */
export function createAppStore(): AppStore {
  return createStore<AppState>()(appStateCreator());
}
