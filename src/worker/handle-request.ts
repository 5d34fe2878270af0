import type { Scenario, ScenarioIssue, SimulationResult } from '../engine';
import type { RunFailure, RunReply, RunRequest } from './protocol';
import { resultToWire } from './wire';

/** The engine's `simulate`, passed in so this module runs unchanged in a worker, in Node and in tests. */
export type SimulateFn = (scenario: Scenario) => SimulationResult;

function isIssueList(value: unknown): value is ScenarioIssue[] {
  return (
    Array.isArray(value) &&
    value.every(
      (i: unknown) => typeof i === 'object' && i !== null && 'path' in i && 'message' in i,
    )
  );
}

function failureOf(err: unknown): RunFailure {
  const message = err instanceof Error ? err.message : String(err);
  // ScenarioError carries the engine's per-field issues; keep them so the UI can name the field.
  if (typeof err === 'object' && err !== null && 'issues' in err && isIssueList(err.issues)) {
    return { message, issues: err.issues };
  }
  return { message };
}

/** Answers one request. Never throws: a failing run becomes an error reply (errors are values). */
export function handleRunRequest(request: RunRequest, simulate: SimulateFn): RunReply {
  const started = performance.now();
  try {
    const result = resultToWire(simulate(request.scenario));
    return {
      type: 'result',
      id: request.id,
      ok: true,
      result,
      elapsedMs: performance.now() - started,
    };
  } catch (err) {
    return { type: 'result', id: request.id, ok: false, error: failureOf(err) };
  }
}
