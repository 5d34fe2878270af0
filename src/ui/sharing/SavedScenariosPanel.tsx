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
import { formatLocale, useT } from '../i18n';
import { say, storageWords, unreadableText, words, type Words } from './words';
import { asHistoryStep } from './history-step';
import { NameField } from './NameField';

const EMPTY: SavedList = { entries: [], unreadable: [] };

function savedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(formatLocale(), { dateStyle: 'medium', timeStyle: 'short' });
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
  const t = useT();
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
          <NameField label={t('saved.newName')} value={draft} onChange={setDraft} autoFocus />
          <button className="button button--quiet" type="submit">
            {t('saved.saveName')}
          </button>
          <button className="button button--quiet" type="button" onClick={stopRenaming}>
            {t('saved.cancel')}
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
          {t('saved.load')}
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
          {t('saved.rename')}
        </button>
        <button className="button button--quiet" type="button" onClick={onDuplicate}>
          {t('saved.duplicate')}
        </button>
        <button className="button button--quiet" type="button" onClick={onDelete}>
          {t('saved.delete')}
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
  const t = useT();
  const store = useAppStoreApi();
  const scenario = useAppState(selectScenario);
  const showNotice = useAppState((s) => s.showNotice);
  const showGateMessage = useAppState((s) => s.showGateMessage);
  const [list, setList] = useState<SavedList>(() => (storage ? listSaved(storage) : EMPTY));
  const [name, setName] = useState('');
  const [status, setStatus] = useState<Words>('');
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

  const after = <T,>(result: StorageResult<T>, done: Words) => {
    if (result.ok) setStatus(done);
    else showNotice({ tone: 'problem', summary: storageWords(result), details: [] });
    refresh();
  };

  if (!storage) {
    return (
      <section className="sharing-saved" aria-labelledby="saved-title">
        <h2 id="saved-title">{t('saved.heading')}</h2>
        <p>{t('saved.unavailable')}</p>
      </section>
    );
  }

  return (
    <section className="sharing-saved" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('saved.heading')}</h2>
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
          after(saveScenario(storage, chosen, scenario), words('saved.saved', { name: chosen }));
          setName('');
        }}
      >
        <NameField
          label={t('saved.saveAs')}
          value={name}
          placeholder={scenario.name || t('saved.untitled')}
          onChange={setName}
        />
        <button className="button button--quiet" type="submit">
          {t('saved.save')}
        </button>
      </form>
      {clash && (
        <div className="sharing-saved__clash" role="group" aria-labelledby="saved-clash">
          <p id="saved-clash">{t('saved.clash', { name: clash.name })}</p>
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              const removed = deleteSaved(storage, clash.existing.id);
              if (removed.ok)
                after(
                  saveScenario(storage, clash.name, scenario),
                  words('saved.replaced', { name: clash.name }),
                );
              else after(removed, '');
              setClash(null);
              setName('');
            }}
          >
            {t('saved.replace')}
          </button>{' '}
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              after(
                saveScenario(storage, clash.name, scenario),
                words('saved.savedAnother', { name: clash.name }),
              );
              setClash(null);
              setName('');
            }}
          >
            {t('saved.keepBoth')}
          </button>{' '}
          <button className="button button--quiet" type="button" onClick={() => setClash(null)}>
            {t('saved.cancel')}
          </button>
        </div>
      )}
      <p className="sharing-saved__status" role="status">
        {say(t, status)}
      </p>
      {deleted && (
        <p className="sharing-saved__deleted" data-testid="saved-deleted">
          <button
            className="button button--quiet"
            type="button"
            onClick={() => {
              try {
                storage.setItem(SAVED_KEY_PREFIX + deleted.id, deleted.raw);
                setStatus(words('saved.restored', { name: deleted.name }));
              } catch {
                showNotice({
                  tone: 'problem',
                  summary: words('saved.notRestored', { name: deleted.name }),
                  details: [],
                });
              }
              setDeleted(null);
              refresh();
            }}
          >
            {t('saved.undoDelete', { name: deleted.name })}
          </button>
        </p>
      )}
      {list.unreadable.length > 0 && (
        <div className="sharing-saved__unreadable" data-testid="saved-unreadable">
          <p>{t('saved.unreadable', { count: list.unreadable.length })}</p>
          <ul>
            {list.unreadable.map((u) => (
              <li key={u.key}>{unreadableText(t, u)}</li>
            ))}
          </ul>
        </div>
      )}
      {list.entries.length === 0 ? (
        <p className="sharing-saved__empty">{t('saved.empty')}</p>
      ) : (
        <ul className="sharing-saved__list">
          {list.entries.map((entry) => (
            <SavedRow
              key={entry.id}
              entry={entry}
              onLoad={() => {
                asHistoryStep(() => store.getState().setScenario(entry.scenario));
                showGateMessage(entry.message);
                setStatus(words('saved.loaded', { name: entry.name }));
              }}
              onRename={(next) =>
                after(renameSaved(storage, entry.id, next), words('saved.renamed'))
              }
              onDuplicate={() =>
                after(
                  duplicateSaved(storage, entry.id),
                  words('saved.duplicated', { name: entry.name }),
                )
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
                  setStatus(words('saved.deleted', { name: entry.name }));
                  refresh();
                } else after(result, words('saved.deleted', { name: entry.name }));
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
