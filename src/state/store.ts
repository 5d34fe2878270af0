/**
 * The application store: the scenario (the single source of truth) and the engine's run state.
 * Everything else (chart series, KPI values) is derived from the run output by selectors.
 *
 * Data flows one way: form or link → scenario → engine (connect-engine.ts) → run → charts/KPIs.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { defaultScenario, safeParseScenario } from '../engine';
import type { Scenario, ScenarioFieldPath, ScenarioIssue } from '../engine';
import { initialRunState, type RunState } from './run-state';
import { setAtPath } from './scenario-path';

export type UpdateResult = { ok: true } | { ok: false; issues: ScenarioIssue[] };

export interface AppState {
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
}

export type AppStore = StoreApi<AppState>;

export const appStateCreator: StateCreator<AppState> = (set, get) => ({
  scenario: defaultScenario,
  scenarioRevision: 0,
  run: initialRunState,
  runAttempt: 0,
  formInvalid: false,

  setScenario: (scenario) => set((s) => ({ scenario, scenarioRevision: s.scenarioRevision + 1 })),

  updateScenario: (path, value) => {
    const parsed = safeParseScenario(setAtPath(get().scenario, path.split('.'), value));
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    get().setScenario(parsed.scenario);
    return { ok: true };
  },

  resetScenario: () => get().setScenario(defaultScenario),

  applyFormScenario: (scenario) => set({ scenario }),

  retryRun: () => set((s) => ({ runAttempt: s.runAttempt + 1 })),

  setFormInvalid: (invalid) => {
    if (get().formInvalid !== invalid) set({ formInvalid: invalid });
  },
});

/** A fresh, unconnected store (tests; the app uses `useAppStore`). */
export function createAppStore(): AppStore {
  return createStore<AppState>()(appStateCreator);
}
