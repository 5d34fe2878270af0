// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The stages are the page's, kept in the module: each test gets a fresh one.
async function freshModules() {
  vi.resetModules();
  const stages = await import('../../../src/ui/layout/stages');
  const state = await import('../../../src/state');
  return { ...stages, ...state };
}

type Modules = Awaited<ReturnType<typeof freshModules>>;

function Page({ m }: { m: Modules }) {
  m.useStagedStart();
  return (
    <>
      <p>figures</p>
      <m.Stage at={1} fallback={<p>inputs soon</p>}>
        <p>inputs</p>
      </m.Stage>
      <m.Stage at={2}>
        <p>table</p>
      </m.Stage>
    </>
  );
}

function renderPage(m: Modules) {
  render(
    <m.AppStoreContext value={m.createAppStore()}>
      <Page m={m} />
    </m.AppStoreContext>,
  );
}

describe('the first paint in stages', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the later stages once the first result is there', async () => {
    vi.useRealTimers();
    const m = await freshModules();
    const { connectEngine } = await import('../../../src/app');
    const { inProcessTransport } = await import('../../../src/worker/transports');
    const { simulate } = await import('../../../src/engine');
    const store = m.createAppStore();
    render(
      <m.AppStoreContext value={store}>
        <Page m={m} />
      </m.AppStoreContext>,
    );
    expect(screen.getByText('inputs soon')).toBeTruthy();
    expect(screen.queryByText('table')).toBeNull();
    // The engine starts only now: until its first result, the later stages wait.
    connectEngine(store, inProcessTransport(simulate));
    expect(await screen.findByText('inputs')).toBeTruthy();
    expect(await screen.findByText('table')).toBeTruthy();
    expect(m.selectResult(store.getState())).not.toBeNull();
  });

  it('opens everything after the deadline when no first result comes', async () => {
    const m = await freshModules();
    renderPage(m);
    await act(() => vi.advanceTimersByTimeAsync(m.FIRST_RESULT_WAIT_MS + 10));
    expect(screen.getByText('inputs')).toBeTruthy();
    expect(screen.getByText('table')).toBeTruthy();
    expect(screen.queryByText('inputs soon')).toBeNull();
  });
});
