/**
 * The app's one store instance. Other features (links, presets, saved scenarios) load a scenario
 * with `useAppStore.getState().setScenario(scenario)`; the form, KPIs and charts follow.
 */
import { create } from 'zustand';
import { handleRunRequest } from '../worker/handle-request';
import { webWorkerTransport, type EngineTransport } from '../worker/transports';
import { connectEngine } from './connect-engine';
import { appStateCreator, type AppState } from './store';

export const useAppStore = create<AppState>()(appStateCreator);

/** Where no module worker exists, the engine runs in-process (loaded on demand, off the start-up path). */
function lazyInProcessTransport(): EngineTransport {
  return {
    request: (request) =>
      import('../engine').then(({ simulate }) => handleRunRequest(request, simulate)),
    dispose: () => {},
  };
}

let disconnect: (() => void) | null = null;

/** Connects the app store to the engine (once; main.tsx calls it before the first render). */
export function startEngine(): void {
  if (disconnect) return;
  const transport = typeof Worker === 'undefined' ? lazyInProcessTransport() : webWorkerTransport();
  disconnect = connectEngine(useAppStore, transport);
}
