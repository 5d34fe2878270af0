/**
 * The app's one store instance. Other features (links, presets, saved scenarios) load a scenario
 * with `useAppStore.getState().setScenario(scenario)`; the form, KPIs and charts follow.
 */
import { create } from 'zustand';
import { webWorkerTransport } from '../worker/transports';
import { connectEngine } from './connect-engine';
import { appStateCreator, type AppState } from './store';

export const useAppStore = create<AppState>()(appStateCreator());

let disconnect: (() => void) | null = null;

/** Connects the app store to the engine (once; main.tsx calls it before the first render). */
export function startEngine(): void {
  if (disconnect) return;
  disconnect = connectEngine(useAppStore, webWorkerTransport());
}
