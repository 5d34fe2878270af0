/**
 * The store's public face.
 *
 * Load a scenario from elsewhere (link, preset, file):
 *     useAppStore.getState().setScenario(scenario)   // scenario from the engine's parseScenario
 * Change one field:        useAppStore.getState().updateScenario('price.perInstance', '420')
 * Back to the default:     useAppStore.getState().resetScenario()
 * Follow the scenario:     useAppStore.subscribe((s, prev) => s.scenario !== prev.scenario && …)
 * In components:           useAppState(selectScenario), useAppStoreApi().getState().setScenario(…)
 */
export { useAppStore } from './app-store';
export { AppStoreContext, useAppState, useAppStoreApi } from './store-context';
export { createAppStore } from './store';
export type { AppState, AppStore, UpdateResult } from './store';
export type { RunState } from './run-state';
export * from './selectors';
export * from './view';
