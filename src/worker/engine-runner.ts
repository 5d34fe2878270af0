/**
 * "Newest input wins" on top of any transport.
 *
 * - Every submitted scenario gets a run id that increases.
 * - At most one run is in flight. A scenario submitted meanwhile waits as the single pending run;
 *   a newer one replaces it, so superseded runs never queue up (a slider drag sends one run per
 *   engine turn, not one per input event).
 * - A reply older than the result already delivered is stale and dropped. A reply for a run that
 *   has since been superseded is still newer than what is on screen, so it is delivered with
 *   `latest: false` (the UI keeps showing "updating"): during a drag the numbers move instead of
 *   freezing until release. Failures of superseded runs are dropped: they say nothing about the
 *   current input.
 */
import type { Scenario } from '../engine';
import type { RunFailure, RunReply, RunRequest } from './protocol';
import type { EngineTransport } from './transports';
import { resultFromWire, type RunOutput } from './wire';

export type RunOutcome =
  { ok: true; output: RunOutput; elapsedMs: number } | { ok: false; error: RunFailure };

export interface RunUpdate {
  runId: number;
  scenario: Scenario;
  /** True when this answers the newest submitted scenario. */
  latest: boolean;
  outcome: RunOutcome;
}

export interface EngineRunner {
  /** Asks for `scenario` to be simulated; supersedes earlier submissions. Returns the run id. */
  submit(scenario: Scenario): number;
  dispose(): void;
}

export function createEngineRunner(
  transport: EngineTransport,
  onUpdate: (update: RunUpdate) => void,
): EngineRunner {
  let nextId = 1;
  let latestId = 0;
  let deliveredId = 0;
  let inFlight = false;
  let pending: RunRequest | null = null;
  let disposed = false;

  const deliver = (request: RunRequest, reply: RunReply) => {
    const latest = request.id === latestId;
    if (request.id <= deliveredId) return;
    if (!reply.ok && !latest) return;
    deliveredId = request.id;
    const outcome: RunOutcome = reply.ok
      ? { ok: true, output: resultFromWire(reply.result), elapsedMs: reply.elapsedMs }
      : { ok: false, error: reply.error };
    onUpdate({ runId: request.id, scenario: request.scenario, latest, outcome });
  };

  const send = (request: RunRequest) => {
    inFlight = true;
    // Not awaited: a failed request becomes a reply in .catch, so nothing is left to handle.
    void transport
      .request(request)
      .catch((err: unknown): RunReply => ({
        type: 'result',
        id: request.id,
        ok: false,
        error: { message: err instanceof Error ? err.message : String(err) },
      }))
      .then((reply) => {
        inFlight = false;
        if (disposed) return;
        // Start the next run before handling this reply, so the engine never idles meanwhile.
        const next = pending;
        pending = null;
        if (next) send(next);
        deliver(request, reply);
      });
  };

  return {
    submit(scenario) {
      const request: RunRequest = { type: 'run', id: nextId++, scenario };
      latestId = request.id;
      if (inFlight) pending = request;
      else send(request);
      return request.id;
    },
    dispose() {
      disposed = true;
      pending = null;
      transport.dispose();
    },
  };
}
