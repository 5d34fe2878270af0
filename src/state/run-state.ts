import type { Scenario } from '../engine';
import type { RunUpdate } from '../worker/engine-runner';
import type { RunFailure } from '../worker/protocol';
import type { RunOutput } from '../worker/wire';

/**
 * - `running`: a run for the current scenario is on its way (the previous output stays visible);
 * - `ready`: the output belongs to the current scenario;
 * - `error`: the newest run failed; the last good output stays visible.
 */
export type RunStatus = 'running' | 'ready' | 'error';

export interface RunState {
  status: RunStatus;
  /** The last good output and the scenario it was computed from; null until the first run ends. */
  output: RunOutput | null;
  outputScenario: Scenario | null;
  error: RunFailure | null;
  /** Engine time of the last good run, milliseconds (for the status line, not for logic). */
  elapsedMs: number | null;
}

export const initialRunState: RunState = {
  status: 'running',
  output: null,
  outputScenario: null,
  error: null,
  elapsedMs: null,
};

/** How a runner's update changes the run state. */
export function applyRunUpdate(run: RunState, update: RunUpdate): RunState {
  const { outcome } = update;
  if (!outcome.ok) return { ...run, status: 'error', error: outcome.error };
  return {
    // A superseded run's output is newer than what was shown, but the current input is still running.
    status: update.latest ? 'ready' : 'running',
    output: outcome.output,
    outputScenario: update.scenario,
    error: update.latest ? null : run.error,
    elapsedMs: outcome.elapsedMs,
  };
}
