/**
 * Command-line simulator: `npm run --silent simulate -- FILE...` (run with tsx). See USAGE in
 * run-simulate.ts and the README. This file only connects the logic to the real process.
 */
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { printable } from '../url/printable';
import { EXIT_INTERNAL, runSimulate } from './run-simulate';

// A reader that stops early (`… | head -1`) closes the pipe: that is not an error worth a trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runSimulate(process.argv.slice(2), {
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
    process.stderr.write(`simulate: internal error: ${printable(detail)}\n`);
    process.exitCode = EXIT_INTERNAL;
  },
);
