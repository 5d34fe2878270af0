import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useAppStore } from './app-store';
import type { AppState, AppStore } from './store';

/**
 * Components read the store through this context, so a component test can hand in a fresh store
 * (`<AppStoreContext value={createAppStore()}>`). The app itself uses the default, `useAppStore`.
 */
export const AppStoreContext = createContext<AppStore>(useAppStore);

export function useAppStoreApi(): AppStore {
  return useContext(AppStoreContext);
}

/** Subscribes a component to one slice of the state (use the selectors in selectors.ts). */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(AppStoreContext), selector);
}
