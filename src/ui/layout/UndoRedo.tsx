import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../state';
import { useT } from '../i18n';

/** Typing keeps its own undo inside a text field; the scenario's undo acts everywhere else. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['range', 'checkbox', 'radio', 'button'].includes(target.type)
  );
}

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
      <button
        type="button"
        className="button button--quiet"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('history.undoTitle')}
        onClick={() => store.getState().undo()}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t('history.redoTitle')}
        onClick={() => store.getState().redo()}
      >
        {t('history.redo')}
      </button>
    </div>
  );
}
