/**
 * The service worker's registration and its "a new version is waiting" state, for UpdatePrompt.
 *
 * The registration code (vite-plugin-pwa's, with workbox-window) is loaded only after the page has
 * loaded, in a chunk of its own: the first paint never waits for it. In `npm run dev` there is no
 * service worker (the plugin's dev stub registers nothing).
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import type { RegisterSWOptions } from 'virtual:pwa-register';

type Updater = (reloadPage?: boolean) => Promise<void>;
/** vite-plugin-pwa's registerSW (a stand-in in tests). */
export type RegisterSW = (options: RegisterSWOptions) => Updater;

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user's Reload. */
  updateWaiting: boolean;
}

let state: ServiceWorkerState = { updateWaiting: false };
let updater: Updater | null = null;
let started = false;
/** Later was chosen: not asked again on this page (workbox-window may report a version twice). */
let later = false;
const listeners = new Set<() => void>();

function set(next: ServiceWorkerState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getState = (): ServiceWorkerState => state;

/** Called when the page is ready; registers once, whoever calls it and however often. */
export function startServiceWorker(
  load: () => Promise<{ registerSW: RegisterSW }> = () => import('virtual:pwa-register'),
): void {
  if (started || !('serviceWorker' in navigator)) return;
  started = true;
  const go = () => {
    load()
      .then(({ registerSW }) => {
        updater = registerSW({
          onNeedRefresh: () => {
            if (!later) set({ updateWaiting: true });
          },
          // Offline use is an extra: the app works without it, so a failure is only logged.
          onRegisterError: (error: unknown) => console.warn('Service worker not registered', error),
        });
      })
      .catch((error: unknown) => console.warn('Service worker registration not loaded', error));
  };
  if (document.readyState === 'complete') go();
  else window.addEventListener('load', go, { once: true });
}

/** Reload: the waiting version takes over, and the page reloads once it controls it. */
export function applyUpdate(): Promise<void> {
  return updater ? updater(true) : Promise.resolve();
}

/**
 * Later: not asked again on this page. The new version is offered again on the next visit, and
 * takes over by itself once every tab of the app has been closed.
 */
export function dismissUpdate(): void {
  later = true;
  set({ updateWaiting: false });
}

/** For tests: forget the registration. */
export function resetServiceWorker(): void {
  started = false;
  later = false;
  updater = null;
  set({ updateWaiting: false });
}
