import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { AppStoreContext, createAppStore, type AppStore } from '../../src/state';

/**
 * Renders `ui` with an app store of its own (a fresh one unless given), so no test sees another's
 * selection, pins or banner; `rerender` keeps the same store.
 */
export function renderWithStore(ui: ReactElement, store: AppStore = createAppStore()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppStoreContext value={store}>{children}</AppStoreContext>
  );
  return { store, ...render(ui, { wrapper }) };
}
