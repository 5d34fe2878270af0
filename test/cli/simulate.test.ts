import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenVectors, rejectionVectors } from '../golden';
import {
  expectGoldenResults,
  expectRejections,
  lines,
  noStackTrace,
  root,
  runCli,
} from './cli-process';

/** The command-line simulator as a user runs it, on format-1 files (format 2: simulate-v2.test.ts). */

const golden = goldenVectors();
const rejections = rejectionVectors();
let dir = '';
/** A scenario file for golden vector `file` (the golden files wrap the scenario with its expectation). */
const scenarioFile = (file: string) => join(dir, 'golden', file);
const invalidFile = (file: string) => join(dir, 'invalid', file);
const expectedOf = (file: string) => golden.find((vector) => vector.file === file)?.expected;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'simulate-cli-'));
  mkdirSync(join(dir, 'golden'));
  mkdirSync(join(dir, 'invalid'));
  for (const vector of golden)
    writeFileSync(scenarioFile(vector.file), JSON.stringify(vector.scenario));
  for (const vector of rejections)
    writeFileSync(invalidFile(vector.file), JSON.stringify(vector.input));
  writeFileSync(join(dir, 'not-json.json'), 'this is { not JSON');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const first = () => golden[0]?.file ?? '';

describe('simulate command line', () => {
  it('prints the canonical result of every golden scenario, one line each, in order', () => {
    expectGoldenResults(golden, scenarioFile);
  });

  it('reads standard input for "-"', () => {
    const vector = golden[0];
    const { status, stdout, stderr } = runCli(['-'], JSON.stringify(vector?.scenario, null, 2));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines(stdout)).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual(vector?.expected);
  });

  it('runs through the npm script', () => {
    const result = spawnSync('npm', ['run', '--silent', 'simulate', '--', scenarioFile(first())], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expectedOf(first()));
  });

  it('reports a file that is not JSON on the whole-file path, with exit status 2', () => {
    const file = join(dir, 'not-json.json');
    const { status, stdout, stderr } = runCli([file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^${escape(file)}: : not valid JSON: .+\\n$`));
    expect(stderr).not.toMatch(noStackTrace);
  });

  it('reports a file that cannot be read', () => {
    const missing = join(dir, 'no-such-file.json');
    const folder = join(dir, 'golden');
    const { status, stdout, stderr } = runCli([missing, folder]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      `${missing}: : cannot read the file: no such file`,
      `${folder}: : cannot read the file: it is a directory`,
    ]);
  });

  it('reports every problem of an invalid scenario as FILE: path: message', () => {
    const file = invalidFile('33-two-problems-at-once.json');
    const { status, stdout, stderr } = runCli([file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([
      `${file}: msp.hourlyRate: Hourly labour cost must be 0 or more, with at most 2 decimals`,
      `${file}: isv.initHours: Initialisation hours must be a plain decimal number like 7.5 (no exponent, spaces, + sign or leading zeros)`,
    ]);
    expect(stderr).not.toMatch(noStackTrace);
  });

  it('names exactly the paths of every rejection vector, and prints nothing for them', () => {
    expectRejections(rejections, invalidFile);
  });

  it('keeps simulating the good files of a mix, in order, and exits with 2', () => {
    const good = [golden[0], golden[11], golden[2]].map((vector) => vector?.file ?? '');
    const bad = invalidFile('01-negative-hourly-rate.json');
    const missing = join(dir, 'missing.json');
    const { status, stdout, stderr } = runCli(
      [scenarioFile(good[0] ?? ''), bad, scenarioFile(good[1] ?? ''), missing, '-'],
      JSON.stringify(golden[2]?.scenario),
    );
    expect(status).toBe(2);
    const printed = lines(stdout).map((line) => JSON.parse(line) as unknown);
    expect(printed).toEqual(good.map(expectedOf));
    expect(lines(stderr)).toEqual([
      `${bad}: msp.hourlyRate: Hourly labour cost must be 0 or more, with at most 2 decimals`,
      `${missing}: : cannot read the file: no such file`,
    ]);
  });

  it('shows its usage for --help and exits with 0', () => {
    const { status, stdout } = runCli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run --silent simulate -- FILE\.\.\./);
    expect(stdout).toContain('Exit status');
  });

  it('rejects a missing FILE or an unknown option with exit status 2 and the usage', () => {
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^simulate: no FILE given\nUsage:/);
    const unknown = runCli(['--fast', scenarioFile(first())]);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^simulate: unknown option --fast\nUsage:/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
