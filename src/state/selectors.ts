/** Read the store through these, so components and tests agree on what the state means. */
import type { Scenario, SimulationResult } from '../engine';
import type { RunFailure } from '../worker/protocol';
import type { AppState } from './store';

export const selectScenario = (s: AppState): Scenario => s.scenario;
export const selectScenarioRevision = (s: AppState): number => s.scenarioRevision;
export const selectResult = (s: AppState): SimulationResult | null => s.run.output?.result ?? null;
/** The scenario the shown result was computed from (lags `scenario` while a run is pending). */
export const selectResultScenario = (s: AppState): Scenario | null => s.run.forInput;
export const selectRunError = (s: AppState): RunFailure | null => s.run.error;
/** The form holds an invalid value: the figures shown are those of the last valid inputs. */
export const selectFormInvalid = (s: AppState): boolean => s.formInvalid;
export const selectElapsedMs = (s: AppState): number | null => s.run.output?.elapsedMs ?? null;
/** A result is on screen but a newer one is being computed: show it, marked as updating. */
export const selectIsUpdating = (s: AppState): boolean => s.run.running && s.run.output !== null;
/** Nothing to show yet: the very first run has not finished. */
export const selectIsFirstRun = (s: AppState): boolean => s.run.running && s.run.output === null;
