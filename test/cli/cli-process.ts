import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { GoldenVector, RejectionVector } from '../golden';

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

/** Simulates the golden scenarios in one run: one line each, in order, each the expected result. */
export function expectGoldenResults(vectors: GoldenVector[], fileOf: (file: string) => string) {
  const { status, stdout, stderr } = runCli(vectors.map((vector) => fileOf(vector.file)));
  expect(stderr).toBe('');
  expect(status).toBe(0);
  expect(stdout.endsWith('\n')).toBe(true);
  const printed = lines(stdout);
  expect(printed).toHaveLength(vectors.length);
  printed.forEach((line, index) => {
    expect(JSON.parse(line), vectors[index]?.file).toEqual(vectors[index]?.expected);
  });
}

/** Rejects the vectors' inputs in one run: nothing printed, exactly each vector's paths named. */
export function expectRejections(vectors: RejectionVector[], fileOf: (file: string) => string) {
  const { status, stdout, stderr } = runCli(vectors.map((vector) => fileOf(vector.file)));
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(noStackTrace);
  for (const vector of vectors) {
    const paths = reportedPaths(stderr, fileOf(vector.file));
    expect(paths.sort(), vector.file).toEqual([...vector.paths].sort());
  }
}
