import { useCallback, useEffect, useRef, useState } from 'react';
import { selectScenario, useAppState, useAppStoreApi } from '../../state';
import {
  browserStorage,
  cleanName,
  deleteSaved,
  SAVED_KEY_PREFIX,
  duplicateSaved,
  listSaved,
  renameSaved,
  saveScenario,
  type SavedEntry,
  type SavedList,
  type StorageLike,
  type StorageResult,
} from '../../url/saved-scenarios';

const EMPTY: SavedList = { entries: [], unreadable: [] };

function savedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

function SavedRow({
  entry,
  onLoad,
  onRename,
  onDuplicate,
  onDelete,
}: {
  entry: SavedEntry;
  onLoad: () => void;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);
  // Leaving the rename form puts focus back on its Rename button, not on the page's start.
  const renameButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!renaming && refocus.current) {
      refocus.current = false;
      renameButton.current?.focus();
    }
  }, [renaming]);
  const stopRenaming = () => {
    refocus.current = true;
    setRenaming(false);
  };
  if (renaming) {
    return (
      <li className="sharing-saved__row" data-testid="saved-entry">
        <form
          className="sharing-saved__rename"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              stopRenaming();
            }
          }}
          onSubmit={(e) => {
            e.preventDefault();
            onRename(draft);
            stopRenaming();
          }}
        >
          <label className="sharing-field">
            <span className="sharing-field__label">New name</span>
            <input
              className="sharing-field__input"
              value={draft}
              maxLength={80}
              onChange={(e) => setDraft(e.target.value)}
              autoFocus
            />
          </label>
          <button className="button button--quiet" type="submit">
            Save name
          </button>
          <button className="button button--quiet" type="button" onClick={stopRenaming}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="sharing-saved__row" data-testid="saved-entry">
      <span className="sharing-saved__name">{entry.name}</span>{' '}
      <span className="sharing-saved__date">{savedAtText(entry.savedAt)}</span>
      <span className="sharing-saved__actions" role="group" aria-label={entry.name}>
        <button className="button button--quiet" type="button" onClick={onLoad}>
          Load
        </button>
        <button
          ref={renameButton}
          className="button button--quiet"
          type="button"
          onClick={() => {
            setDraft(entry.name);
            setRenaming(true);
          }}
        >
          Rename
        </button>
        <button className="button button--quiet" type="button" onClick={onDuplicate}>
          Duplicate
        </button>
        <button className="button button--quiet" type="button" onClick={onDelete}>
          Delete
        </button>
      </span>
    </li>
  );
}

/** Save the scenario under a name; list, load, rename, duplicate and delete saved ones. */
export function SavedScenariosPanel({
  storage = browserStorage(),
}: {
  storage?: StorageLike | null;
}) {
  const store = useAppStoreApi();
  const scenario = useAppState(selectScenario);
  const showNotice = useAppState((s) => s.showNotice);
  const showGateMessage = useAppState((s) => s.showGateMessage);
  const [list, setList] = useState<SavedList>(() => (storage ? listSaved(storage) : EMPTY));
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  // The last deleted entry's stored text, so Undo can put it back exactly as it was.
  const [deleted, setDeleted] = useState<{ id: string; name: string; raw: string } | null>(null);
  // Saving under a name already in the list waits for "Replace" or "Keep both".
  const [clash, setClash] = useState<{ name: string; existing: SavedEntry } | null>(null);

  const refresh = useCallback(() => setList(storage ? listSaved(storage) : EMPTY), [storage]);

  useEffect(() => {
    // Another tab saved or deleted something.
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, [refresh]);

  const after = <T,>(result: StorageResult<T>, done: string) => {
    if (result.ok) setStatus(done);
    else showNotice({ tone: 'problem', summary: result.message, details: [] });
    refresh();
  };

  if (!storage) {
    return (
      <section className="sharing-saved" aria-labelledby="saved-title">
        <h2 id="saved-title">Saved scenarios</h2>
        <p>This browser does not allow saving scenarios here. Export them as files instead.</p>
      </section>
    );
  }

  return (
    <section className="sharing-saved" aria-labelledby="saved-title">
      <h2 id="saved-title">Saved scenarios</h2>
      <form
        className="sharing-saved__save"
        onSubmit={(e) => {
          e.preventDefault();
          const chosen = name.trim() || scenario.name;
          const existing = list.entries.find((x) => x.name === cleanName(chosen));
          if (existing) {
            setClash({ name: cleanName(chosen), existing });
            return;
          }
          after(saveScenario(storage, chosen, scenario), `Saved “${chosen}”.`);
          setName('');
        }}
      >
        <label className="sharing-field">
          <span className="sharing-field__label">Save as</span>
          <input
            className="sharing-field__input"
            value={name}
            maxLength={80}
            placeholder={scenario.name || 'Untitled scenario'}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button className="button button--quiet" type="submit">
          Save scenario
        </button>
      </form>
      {clash && (
        <div className="sharing-saved__clash" role="group" aria-labelledby="saved-clash">
          <p id="saved-clash">A saved scenario is already called “{clash.name}”.</p>
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              const removed = deleteSaved(storage, clash.existing.id);
              if (removed.ok)
                after(saveScenario(storage, clash.name, scenario), `Replaced “${clash.name}”.`);
              else after(removed, '');
              setClash(null);
              setName('');
            }}
          >
            Replace it
          </button>{' '}
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              after(saveScenario(storage, clash.name, scenario), `Saved another “${clash.name}”.`);
              setClash(null);
              setName('');
            }}
          >
            Keep both
          </button>{' '}
          <button className="button button--quiet" type="button" onClick={() => setClash(null)}>
            Cancel
          </button>
        </div>
      )}
      <p className="sharing-saved__status" role="status">
        {status}
      </p>
      {deleted && (
        <p className="sharing-saved__deleted" data-testid="saved-deleted">
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              try {
                storage.setItem(SAVED_KEY_PREFIX + deleted.id, deleted.raw);
                setStatus(`Restored “${deleted.name}”.`);
              } catch {
                showNotice({
                  tone: 'problem',
                  summary: `“${deleted.name}” could not be restored: this browser refused to store it.`,
                  details: [],
                });
              }
              setDeleted(null);
              refresh();
            }}
          >
            Undo deleting “{deleted.name}”
          </button>
        </p>
      )}
      {list.unreadable.length > 0 && (
        <div className="sharing-saved__unreadable" data-testid="saved-unreadable">
          <p>
            {list.unreadable.length === 1
              ? '1 stored entry could not be read; it was left untouched:'
              : `${list.unreadable.length} stored entries could not be read; they were left untouched:`}
          </p>
          <ul>
            {list.unreadable.map((u) => (
              <li key={u.key}>{u.reason}</li>
            ))}
          </ul>
        </div>
      )}
      {list.entries.length === 0 ? (
        <p className="sharing-saved__empty">No saved scenarios yet.</p>
      ) : (
        <ul className="sharing-saved__list">
          {list.entries.map((entry) => (
            <SavedRow
              key={entry.id}
              entry={entry}
              onLoad={() => {
                store.getState().setScenario(entry.scenario);
                showGateMessage(entry.message);
                setStatus(`Loaded “${entry.name}”.`);
              }}
              onRename={(next) => after(renameSaved(storage, entry.id, next), 'Renamed.')}
              onDuplicate={() =>
                after(duplicateSaved(storage, entry.id), `Duplicated “${entry.name}”.`)
              }
              onDelete={() => {
                let raw: string | null;
                try {
                  raw = storage.getItem(SAVED_KEY_PREFIX + entry.id);
                } catch {
                  raw = null;
                }
                const result = deleteSaved(storage, entry.id);
                if (result.ok && raw !== null) {
                  setDeleted({ id: entry.id, name: entry.name, raw });
                  setStatus(`Deleted “${entry.name}”.`);
                  refresh();
                } else after(result, `Deleted “${entry.name}”.`);
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
