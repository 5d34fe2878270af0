import { useAppStore, type AppStore } from '../state';
import { startUrlSync } from './url-sync';

/**
 * Connects the link in the address bar to the store (call once, before the first render, so a
 * shared link's scenario is the first one simulated). Problems with the link go to the banner.
 */
export function startSharing(store: AppStore = useAppStore): () => void {
  return startUrlSync(store, {
    onMessage: (message) => store.getState().showGateMessage(message),
  });
}
