// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { AppStoreContext, createAppStore, type AppStore } from '../../../src/state';
import { PRESETS } from '../../../src/state/presets';
import { CopyLinkButton } from '../../../src/ui/sharing/CopyLinkButton';
import { MessageBanner } from '../../../src/ui/sharing/MessageBanner';
import { PresetsBar } from '../../../src/ui/sharing/PresetsBar';
import { SavedScenariosPanel } from '../../../src/ui/sharing/SavedScenariosPanel';
import { ScenarioFileButtons } from '../../../src/ui/sharing/ScenarioFileButtons';
import { decodeScenarioHash } from '../../../src/url/codec';
import { SAVED_KEY_PREFIX } from '../../../src/url/saved-scenarios';
import { memoryStorage } from '../../url/memory-storage';
import { gateMessage } from '../../../src/url/messages';
import { setLanguage } from '../../../src/ui/i18n';

function renderWith(ui: React.ReactNode, store: AppStore = createAppStore()) {
  render(
    <AppStoreContext value={store}>
      <MessageBanner />
      {ui}
    </AppStoreContext>,
  );
  return store;
}

const edited = (price = '420'): Scenario => {
  const s = structuredClone(defaultScenario) as Scenario;
  s.price.perInstance = price;
  return s;
};

afterEach(cleanup);

describe('the message banner', () => {
  it('announces a message as an alert, lists details as text and can be dismissed', () => {
    const store = renderWith(null);
    const markup = '<img src=x onerror="window.hacked=1">';
    act(() =>
      store.getState().showNotice({ tone: 'problem', summary: 'Bad link.', details: [markup] }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Bad link.');
    expect(within(alert).getByText(markup).tagName).toBe('LI');
    expect(alert.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the presets bar', () => {
  it('loads a preset in one click, marks it, and Reset returns to the defaults', () => {
    const store = renderWith(<PresetsBar />);
    const slow = screen.getByRole('button', { name: 'Slow start' });
    expect(slow.getAttribute('aria-pressed')).toBe('false');
    expect(
      screen.getByRole('button', { name: 'ISV invests more' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(slow);
    expect(store.getState().scenario).toEqual(PRESETS.find((p) => p.id === 'slow-start')?.scenario);
    expect(slow.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(store.getState().scenario).toEqual(defaultScenario);
  });

  it('explains each preset in a sentence tied to its button', () => {
    renderWith(<PresetsBar />);
    for (const preset of PRESETS) {
      const button = screen.getByRole('button', { name: preset.title });
      expect(button.getAttribute('aria-describedby')).toBeTruthy();
      expect(screen.getByText(preset.explanation)).toBeTruthy();
    }
  });
});

describe('the saved scenarios panel', () => {
  it('saves under a name, lists, loads, renames, duplicates and deletes', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    store.getState().setScenario(edited('420'));
    renderWith(<SavedScenariosPanel storage={storage} />, store);

    fireEvent.change(screen.getByRole('textbox', { name: 'Save as' }), {
      target: { value: 'Offer A' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Saved “Offer A”.');

    act(() => store.getState().resetScenario());
    const row = () => screen.getByRole('group', { name: 'Offer A' });
    fireEvent.click(within(row()).getByRole('button', { name: 'Load' }));
    expect(store.getState().scenario).toEqual(edited('420'));

    fireEvent.click(within(row()).getByRole('button', { name: 'Rename' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'New name' }), {
      target: { value: 'Offer B' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    const renamed = screen.getByRole('group', { name: 'Offer B' });

    fireEvent.click(within(renamed).getByRole('button', { name: 'Duplicate' }));
    expect(
      screen
        .getAllByTestId('saved-entry')
        .map((e) => e.querySelector('.sharing-saved__name')?.textContent)
        .sort(),
    ).toEqual(['Offer B', 'Offer B (copy)']);

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Offer B' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(1);
    expect(storage.data.size).toBe(1);
  });

  it('undoes a delete, asks before saving over a name, and Escape cancels Rename', () => {
    const storage = memoryStorage();
    const store = createAppStore();
    renderWith(<SavedScenariosPanel storage={storage} />, store);
    const saveAs = (value: string) => {
      fireEvent.change(screen.getByRole('textbox', { name: 'Save as' }), { target: { value } });
      fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    };
    saveAs('Offer A');
    const before = [...storage.data.entries()];

    // The same name again: nothing is written until the person chooses.
    act(() => store.getState().setScenario(edited('420')));
    saveAs('Offer A');
    expect(screen.getByText('A saved scenario is already called “Offer A”.')).toBeTruthy();
    expect([...storage.data.entries()]).toEqual(before);
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(2);
    saveAs('Offer A');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(2);
    saveAs('Offer A');
    fireEvent.click(screen.getByRole('button', { name: 'Replace it' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(2);
    expect(screen.getByRole('status').textContent).toBe('Replaced “Offer A”.');

    // Delete, then Undo: the entry comes back exactly as stored.
    const stored = new Map(storage.data);
    const row = () => screen.getAllByRole('group', { name: 'Offer A' })[0] as HTMLElement;
    fireEvent.click(within(row()).getByRole('button', { name: 'Delete' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Deleted “Offer A”.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo deleting “Offer A”' }));
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(2);
    expect(storage.data).toEqual(stored);

    // Escape leaves Rename without renaming, focus back on its button.
    fireEvent.click(within(row()).getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name' });
    fireEvent.change(input, { target: { value: 'Something else' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('textbox', { name: 'New name' })).toBeNull();
    expect(screen.queryByText('Something else')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Rename');
    expect(storage.data).toEqual(stored);
  });

  it('reports damaged entries, keeps them, and still lists the others', () => {
    const storage = memoryStorage();
    storage.data.set(`${SAVED_KEY_PREFIX}x`, '{oops');
    storage.data.set(
      `${SAVED_KEY_PREFIX}y`,
      JSON.stringify({ format: 1, name: 'Fine', savedAt: '', scenario: { version: 1 } }),
    );
    renderWith(<SavedScenariosPanel storage={storage} />);
    expect(screen.getByTestId('saved-unreadable').textContent).toContain(
      '1 stored entry could not be read',
    );
    expect(screen.getAllByTestId('saved-entry')).toHaveLength(1);
    expect(storage.data.has(`${SAVED_KEY_PREFIX}x`)).toBe(true);
  });

  it('shows a message when the storage is full', () => {
    const storage = memoryStorage(() => new DOMException('full', 'QuotaExceededError'));
    renderWith(<SavedScenariosPanel storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByRole('alert').textContent).toMatch(/storage for this site is full/);
  });

  it('shows saved names with markup as text', () => {
    const storage = memoryStorage();
    renderWith(<SavedScenariosPanel storage={storage} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Save as' }), {
      target: { value: '<b>bold</b>' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
    expect(document.querySelector('.sharing-saved__name b')).toBeNull();
  });
});

describe('export and import', () => {
  it('imports a file through the gate, and reports what it replaced', async () => {
    const store = renderWith(<ScenarioFileButtons />);
    const text = JSON.stringify({ ...edited('555'), currency: 'swiss francs' });
    const file = new File([text], 'offer.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    await waitFor(() => expect(store.getState().scenario.price.perInstance).toBe('555'));
    expect(store.getState().scenario.currency).toBe('CHF');
    expect(screen.getByRole('alert').textContent).toContain('replaced by the default: Currency');
  });

  it('keeps the current scenario when a file is not a scenario', async () => {
    const store = createAppStore();
    store.getState().setScenario(edited('777'));
    renderWith(<ScenarioFileButtons />, store);
    const file = new File(['not json'], 'x.json');
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This file does not contain readable scenario data',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('The current scenario was kept.');
    expect(store.getState().scenario.price.perInstance).toBe('777');
  });
});

describe('copy link', () => {
  it('copies a link to the current scenario and confirms it', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const store = createAppStore();
    store.getState().setScenario(edited('433'));
    renderWith(<CopyLinkButton />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Link copied'));
    const link = new URL(String(writeText.mock.calls[0]?.[0]));
    expect(decodeScenarioHash(link.hash)).toMatchObject({ ok: true, scenario: edited('433') });
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('denied')) },
      configurable: true,
    });
    renderWith(<CopyLinkButton />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    const input = await screen.findByTestId('manual-link');
    expect((input as HTMLInputElement).value).toMatch(/#s=/);
  });
});

describe('in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('words the presets, the sharing buttons, the saved scenarios and a gate message', () => {
    const store = renderWith(
      <>
        <PresetsBar />
        <CopyLinkButton />
        <ScenarioFileButtons />
        <SavedScenariosPanel storage={memoryStorage()} />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Langsamer Start' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Link kopieren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '.json importieren' })).toBeTruthy();
    expect(screen.getByText('Noch keine gespeicherten Szenarien.')).toBeTruthy();
    act(() =>
      store
        .getState()
        .showGateMessage(gateMessage({ ok: false, reason: 'not-decodable' }, 'file', 'kept')),
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Diese Datei ist beschädigt: Ihr Szenario liess sich nicht entpacken. Vielleicht wurde sie beim Kopieren abgeschnitten. Das aktuelle Szenario wurde beibehalten.',
    );
    expect(screen.getByRole('button', { name: 'Schliessen' })).toBeTruthy();
  });
});
