/**
 * What the command-line tools share, apart from the process: arguments, reading each FILE ("-" is
 * standard input, read once), one error line per problem (`FILE: field.path: message`) and the
 * exit status. A tool is a name, its usage text and what it does with one file's text.
 */
import type { ScenarioIssue, ScenarioV2 } from '../engine';
import { readScenarioText } from '../url/strict-read';
import { printable } from '../url/printable';

export interface CliIo {
  /** Reads a file as UTF-8 text; rejects with a Node error (code ENOENT, EACCES, ...) if it cannot. */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text. */
  readStdin(): Promise<string>;
  /** Writes text to standard output / standard error (the caller adds newlines). */
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_INVALID = 2;

/** One file's result: the line to print, or the problems that stop it. */
export type Outcome = { ok: true; line: string } | { ok: false; issues: ScenarioIssue[] };

export interface CliTool {
  /** Prefixes the tool's own messages ("simulate: no FILE given"). */
  name: string;
  usage: string;
  /** One file's text in, its outcome out; throws only on a bug. */
  run(text: string): Outcome;
}

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: 'cannot read the file: no such file',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
  EISDIR: 'cannot read the file: it is a directory',
};

function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in READ_PROBLEMS) return READ_PROBLEMS[code] ?? code;
  const detail = error instanceof Error ? error.message : String(error);
  return `cannot read the file: ${detail}`;
}

/** One problem line, `FILE: path: message`, every part shown with its control characters escaped. */
function problemLine(file: string, path: string, message: string): string {
  return `${printable(file)}: ${printable(path)}: ${printable(message)}\n`;
}

/**
 * One file's text read through the gate's strict door (its JSON reader and version upgraders, no
 * restoring: an invalid field rejects the file) and its result printed as one JSON line.
 */
export function scenarioOutcome(text: string, result: (scenario: ScenarioV2) => unknown): Outcome {
  const read = readScenarioText(text);
  if (read.ok) return { ok: true, line: JSON.stringify(result(read.scenario)) };
  if ('notJson' in read)
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${read.notJson}` }] };
  return { ok: false, issues: read.issues };
}

/** The part of every tool's usage text after its own description. */
export function usageTail(done: string): string {
  return `Problems go to standard error, one line each, as FILE: field.path: message
(the path is empty when the problem is the whole file: unreadable, not JSON, not an object);
control characters in names, keys and messages are shown escaped (\\n, \\u001b).
Exit status: 0 all files ${done}; 2 a file was unreadable, not JSON or not a valid
scenario (the other files are still ${done}), or the arguments were wrong; 1 internal error.

Options:
  -h, --help   show this help
  --           treat every later argument as a file name
`;
}

function splitArgs(args: readonly string[]) {
  const files: string[] = [];
  const unknown: string[] = [];
  let help = false;
  let literal = false;
  for (const arg of args) {
    if (literal || arg === '-' || !arg.startsWith('-')) files.push(arg);
    else if (arg === '--') literal = true;
    else if (arg === '-h' || arg === '--help') help = true;
    else unknown.push(arg);
  }
  return { files, unknown, help };
}

/** Runs the tool on the arguments (without node and script) and returns the exit status. */
export async function runCli(tool: CliTool, args: readonly string[], io: CliIo): Promise<number> {
  const { files, unknown, help } = splitArgs(args);
  if (help) {
    io.out(tool.usage);
    return EXIT_OK;
  }
  if (unknown.length > 0 || files.length === 0) {
    for (const option of unknown) io.err(`${tool.name}: unknown option ${printable(option)}\n`);
    if (files.length === 0) io.err(`${tool.name}: no FILE given\n`);
    io.err(tool.usage);
    return EXIT_INVALID;
  }

  let status = EXIT_OK;
  // Standard input can be read only once; a second "-" sees the same text.
  let stdin: Promise<string> | undefined;
  const readText = (file: string) =>
    file === '-' ? (stdin ??= io.readStdin()) : io.readFile(file);
  for (const file of files) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      io.err(problemLine(file, '', readProblem(error)));
      status = EXIT_INVALID;
      continue;
    }
    let outcome: Outcome;
    try {
      outcome = tool.run(text);
    } catch (error) {
      // A valid scenario that the engine cannot handle is a bug, not bad input: say so, no stack.
      const detail = error instanceof Error ? error.message : String(error);
      io.err(problemLine(file, '', `internal error: ${detail}`));
      status = Math.max(status, EXIT_INTERNAL);
      continue;
    }
    if (outcome.ok) {
      io.out(`${outcome.line}\n`);
    } else {
      for (const issue of outcome.issues) {
        io.err(problemLine(file, issue.path, issue.message));
      }
      status = EXIT_INVALID;
    }
  }
  return status;
}
