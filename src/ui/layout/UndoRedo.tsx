import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../state';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';

/** Typing keeps its own undo inside a text field; the scenario's undo acts everywhere else. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['range', 'checkbox', 'radio', 'button'].includes(target.type)
  );
}

const HISTORY_BUTTONS = [
  {
    action: 'undo',
    keys: 'Control+Z Meta+Z',
    title: 'history.undoTitle',
    label: 'history.undo',
  },
  {
    action: 'redo',
    keys: 'Control+Shift+Z Meta+Shift+Z Control+Y',
    title: 'history.redoTitle',
    label: 'history.redo',
  },
] as const satisfies readonly {
  action: 'undo' | 'redo';
  keys: string;
  title: MessageKey;
  label: MessageKey;
}[];

/**
 * Undo and Redo for every scenario change (a preset, a load, an import, a reset, a burst of
 * typing in one field): buttons in the header, and Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z or Ctrl+Y
 * outside text fields.
 */
export function UndoRedo() {
  const t = useT();
  const store = useAppStoreApi();
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (s) => s.futureStates.length > 0);
  const can = { undo: canUndo, redo: canRedo };

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (key !== 'z' && !redo) return;
      e.preventDefault();
      if (redo) store.getState().redo();
      else store.getState().undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);

  return (
    <div className="undo-redo" role="group" aria-label={t('history.group')}>
      {HISTORY_BUTTONS.map((b) => (
        <button
          key={b.action}
          type="button"
          className="button button--quiet"
          disabled={!can[b.action]}
          aria-keyshortcuts={b.keys}
          title={t(b.title)}
          onClick={() => store.getState()[b.action]()}
        >
          {t(b.label)}
        </button>
      ))}
    </div>
  );
}
