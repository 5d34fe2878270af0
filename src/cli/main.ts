/**
 * Connects a command-line tool's logic to the real process: files, standard streams, the exit
 * status. `simulate.ts` and `risk.ts` are each this with their own tool.
 */
import { printable } from '../url/printable';
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { EXIT_INTERNAL } from './cli-runner';
import type { CliIo } from './cli-runner';

export function main(name: string, run: (args: readonly string[], io: CliIo) => Promise<number>) {
  // A reader that stops early (`… | head -1`) closes the pipe: that is not an error worth a trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  run(process.argv.slice(2), {
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => text(process.stdin),
    out: (chunk) => process.stdout.write(chunk),
    err: (chunk) => process.stderr.write(chunk),
  }).then(
    // exitCode, not exit(): large results must finish flushing to a pipe before the process ends.
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${name}: internal error: ${printable(detail)}\n`);
      process.exitCode = EXIT_INTERNAL;
    },
  );
}
