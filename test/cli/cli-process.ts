import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The real command-line simulator in a child process, as a user runs it (tsx, no build step). */
export const root = fileURLToPath(new URL('../..', import.meta.url));

export function runCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const lines = (text: string) => text.split('\n').filter((line) => line !== '');
export const noStackTrace = /^\s+at /m;

/** The paths of the problems the simulator reported for one file, from its error lines. */
export function reportedPaths(stderr: string, file: string): string[] {
  const prefix = `${file}: `;
  return lines(stderr)
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length).split(': ')[0] ?? '');
}
