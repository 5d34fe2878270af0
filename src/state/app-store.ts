/**
 * The app's one store instance. Other features (links, presets, saved scenarios) load a scenario
 * with `useAppStore.getState().setScenario(scenario)`; the form, KPIs and charts follow. Its
 * connections to the engine and the address bar are made in src/app (boot), not here.
 */
import { create } from 'zustand';
import { appStateCreator, type AppState } from './store';

export const useAppStore = create<AppState>()(appStateCreator());
