import type { Scenario } from '../engine';
import type { RunOutput, RunUpdate } from '../worker/engine-runner';
import { applyJobEvent, idleJob, jobSubmitted, type JobView } from '../worker/job-view';

/**
 * The engine's run, in the shape of every job (worker/job-view.ts): `output` is the last good
 * result and `forInput` the scenario it was computed from; while a newer run is on its way, or
 * after it failed, that output stays visible, marked stale.
 */
export type RunState = JobView<Scenario, RunOutput>;

/** Before the first result: the first run is on its way. */
export const initialRunState: RunState = idleJob(true);

/** A run was asked for; a failed run's error stays up until one succeeds. */
export const runSubmitted = (run: RunState): RunState => jobSubmitted(run, true);

/** How a runner's update changes the run state. */
export const applyRunUpdate = (run: RunState, update: RunUpdate): RunState =>
  applyJobEvent(run, update);
