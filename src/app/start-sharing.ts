import { useAppStore, type AppStore } from '../state';
import { startUrlSync } from './url-sync';
import { i18n, t } from '../ui/i18n/i18n';
import { isHistoryStep } from '../ui/sharing/history-step';

/** The browser tab's title: the scenario's name, then the app's ("Acme offer · Servala …"). */
export function tabTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed ? t('app.tabTitle', { name: trimmed }) : t('header.title');
}

/** Keeps the tab's title on the scenario's name, in the page's language. */
function startTabTitle(store: AppStore): () => void {
  const update = () => {
    // Until a catalogue is loaded the page keeps the title it was served with.
    if (!i18n.locale) return;
    document.title = tabTitle(store.getState().scenario.name);
  };
  update();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario.name !== previous.scenario.name) update();
  });
  const stopLanguage = i18n.on('change', update);
  return () => {
    unsubscribe();
    stopLanguage();
  };
}

/**
 * Connects the link in the address bar to the store (call once, before the first render, so a
 * shared link's scenario is the first one simulated). Problems with the link go to the banner.
 */
export function startSharing(store: AppStore = useAppStore): () => void {
  const stopSync = startUrlSync(store, {
    onMessage: (message) => store.getState().showGateMessage(message),
    isHistoryStep,
  });
  const stopTitle = startTabTitle(store);
  return () => {
    stopSync();
    stopTitle();
  };
}
