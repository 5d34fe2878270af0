import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../../state';

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
    <div className="undo-redo" role="group" aria-label="History">
      <button
        type="button"
        className="button button--quiet"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        title="Undo the last change (Ctrl+Z)"
        onClick={() => store.getState().undo()}
      >
        Undo
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title="Redo (Shift+Ctrl+Z)"
        onClick={() => store.getState().redo()}
      >
        Redo
      </button>
    </div>
  );
}
