import { risk } from '../engine';
import { runCli, scenarioOutcome, usageTail } from './cli-runner';
import type { CliIo, Outcome } from './cli-runner';

/**
 * The command-line risk analysis's logic, apart from the process (`risk.ts` wires it up): the
 * simulator's arguments, error lines and exit statuses, with the risk result of spec section 10
 * as each file's line. Format-1 files are read as format 2 (their default uncertainty: 1,000
 * runs, seed 1, no ranges).
 */
export const RISK_USAGE = `Usage: npm run --silent risk -- FILE...

Runs the risk analysis of each scenario FILE (JSON, format 1 or 2; spec sections 1, 9 and 10)
and prints its result (spec section 10.4) as one JSON line, in the order given. The runs, seed
and ranges are the scenario's own "uncertainty"; a format-1 scenario has 1,000 runs, seed 1 and
no ranges. "-" reads standard input.

${usageTail('analysed')}`;

/** Analyses one file's text: the risk result line, or the problems that stop it. */
export function riskText(text: string): Outcome {
  return scenarioOutcome(text, risk);
}

/** Runs the risk analysis on the arguments (without node and script); returns the exit status. */
export function runRisk(args: readonly string[], io: CliIo): Promise<number> {
  return runCli({ name: 'risk', usage: RISK_USAGE, run: riskText }, args, io);
}
