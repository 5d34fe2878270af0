import { createEngineRunner } from '../worker/engine-runner';
import type { EngineTransport } from '../worker/transports';
import { applyRunUpdate, runSubmitted } from '../state/run-state';
import type { AppStore } from '../state/store';

/**
 * Runs the engine on the store's scenario now and on every change of it, through `transport`,
 * and on "Try again" (a crashed worker is replaced on the next request), and writes the replies
 * into the run state. Returns a function that disconnects.
 */
export function connectEngine(store: AppStore, transport: EngineTransport): () => void {
  const runner = createEngineRunner(transport, (update) =>
    store.setState((s) => ({ run: applyRunUpdate(s.run, update) })),
  );
  const run = () => {
    // Marked first: a transport may answer before submit returns.
    store.setState((s) => ({ run: runSubmitted(s.run) }));
    runner.submit(store.getState().scenario);
  };
  run();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario || state.runAttempt !== previous.runAttempt) run();
  });
  return () => {
    unsubscribe();
    runner.dispose();
  };
}
