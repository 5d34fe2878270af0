/**
 * The first screen of the default scenario as HTML, rendered at build time in Node with the
 * app's own components, store and engine: what React's first commit in the browser shows (the
 * header, the introduction, the key figures and the placeholders below them), so the two match.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { simulate } from '../../engine';
import { connectEngine } from '../../app/connect-engine';
import { AppStoreContext, selectResult, useAppStore } from '../../state';
import type { AppStore } from '../../state';
import { App } from '../../ui/App';
import { setLanguage } from '../../ui/i18n/i18n';
import { LANGUAGES, type Language } from '../../ui/i18n/language';
import { SectionBoundary } from '../../ui/layout/SectionBoundary';
import { firstResult } from '../../ui/layout/stages';
import { inProcessTransport } from '../../worker/transports';

/** The same tree main.tsx renders, around the app's store holding the first result. */
function renderApp(): string {
  // A server render reads a store's initial state: here, the state with the result.
  const store: AppStore = { ...useAppStore, getInitialState: useAppStore.getState };
  return renderToString(
    <StrictMode>
      <AppStoreContext value={store}>
        <SectionBoundary what="The simulator">
          <App />
        </SectionBoundary>
      </AppStoreContext>
    </StrictMode>,
  );
}

/** The default scenario's first screen in every language. */
export async function renderFirstScreens(): Promise<Record<Language, string>> {
  const stop = connectEngine(useAppStore, inProcessTransport(simulate));
  await firstResult(useAppStore, 60_000);
  stop();
  if (selectResult(useAppStore.getState()) === null) throw new Error('no first result');
  const screens: Partial<Record<Language, string>> = {};
  for (const language of LANGUAGES) {
    await setLanguage(language);
    screens[language] = renderApp();
  }
  return screens as Record<Language, string>;
}
