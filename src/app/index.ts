/**
 * Boot: the wiring between the store and the world outside it (the address bar, the engine
 * worker). The only layer that may import state, url, worker and ui together.
 */
import { startEngine } from './start-engine';
import { startSharing } from './start-sharing';

export { connectEngine } from './connect-engine';
export { startUrlSync, URL_SYNC_DELAY_MS } from './url-sync';
export type { UrlSyncOptions, UrlSyncWindow } from './url-sync';
export { startEngine, startSharing };

/** Starts the app's connections; main.tsx calls it once, before the first render. */
export function boot(): void {
  // A shared link's scenario is loaded first, so it is the first one simulated.
  startSharing();
  // The engine starts before React renders, so the first result is on its way during the first paint.
  startEngine();
}
