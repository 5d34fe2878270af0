import { simulate, toCanonical } from '../engine';
import { runCli, scenarioOutcome, usageTail } from './cli-runner';
import type { CliIo, Outcome } from './cli-runner';

/**
 * The command-line simulator's logic, apart from the process: arguments in, lines out, an exit
 * status back. `simulate.ts` wires it to the real file system and streams; tests may call it directly.
 */
export { EXIT_INTERNAL, EXIT_INVALID, EXIT_OK } from './cli-runner';
export type { CliIo } from './cli-runner';

export const USAGE = `Usage: npm run --silent simulate -- FILE...

Simulates each scenario FILE (JSON, format 1 or 2: spec sections 1 and 9) and prints its
canonical result (spec section 7) as one JSON line, in the order given. "-" reads standard
input. A format-2 scenario's uncertainty is checked but does not change the result.

${usageTail('simulated')}`;

/** Simulates one file's text: the canonical result line, or the problems that stop it. */
export function simulateText(text: string): Outcome {
  // Either format: problems keep the paths of the file's own format.
  return scenarioOutcome(text, (s) => toCanonical(simulate(s)));
}

/** Runs the simulator on the arguments (without node and script) and returns the exit status. */
export function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  return runCli({ name: 'simulate', usage: USAGE, run: simulateText }, args, io);
}
