// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'virtual:pwa-register';
import { UpdatePrompt } from '../../../src/ui/offline/UpdatePrompt';
import { resetServiceWorker, startServiceWorker } from '../../../src/ui/offline/service-worker';

/** A stand-in for vite-plugin-pwa's registerSW: keeps its callbacks, records update calls. */
function fakeRegistration() {
  const fake = {
    options: null as RegisterSWOptions | null,
    updates: [] as (boolean | undefined)[],
    registerSW: (options: RegisterSWOptions) => {
      fake.options = options;
      return (reload?: boolean) => {
        fake.updates.push(reload);
        return Promise.resolve();
      };
    },
  };
  return fake;
}

async function started() {
  const fake = fakeRegistration();
  startServiceWorker(() => Promise.resolve({ registerSW: fake.registerSW }));
  render(<UpdatePrompt />);
  await vi.waitFor(() => expect(fake.options).not.toBeNull());
  return fake;
}

beforeEach(() => {
  resetServiceWorker();
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
});
afterEach(cleanup);

describe('the update prompt', () => {
  it('shows nothing until a new version is waiting', async () => {
    await started();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says a new version is available, and Reload lets it take over with a reload', async () => {
    const fake = await started();
    act(() => fake.options?.onNeedRefresh?.());
    expect(screen.getByRole('status').textContent).toContain('A new version is available.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(fake.updates).toEqual([true]);
  });

  it('Later hides it for the rest of the visit, without updating: nothing reloads', async () => {
    const fake = await started();
    act(() => fake.options?.onNeedRefresh?.());
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status').textContent).toBe('');
    // workbox-window may report the same waiting version twice: Later holds for this page.
    act(() => fake.options?.onNeedRefresh?.());
    expect(screen.getByRole('status').textContent).toBe('');
    expect(fake.updates).toEqual([]);
  });

  it('registers once, however often it is started', async () => {
    const load = vi.fn(() => Promise.resolve(fakeRegistration()));
    startServiceWorker(load);
    startServiceWorker(load);
    render(<UpdatePrompt />);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  });
});
