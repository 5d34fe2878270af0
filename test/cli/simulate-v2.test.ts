import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenV2Vectors, goldenVectors, rejectionV2Vectors } from '../golden';
import { expectGoldenResults, expectRejections, lines, runCli } from './cli-process';

/** The command-line simulator on format-2 files (spec section 9), alone and mixed with format 1. */

const golden = goldenV2Vectors();
const rejections = rejectionV2Vectors();
let dir = '';
const scenarioFile = (file: string) => join(dir, `scenario-${file}`);
const invalidFile = (file: string) => join(dir, `invalid-${file}`);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'simulate-v2-cli-'));
  for (const vector of golden) {
    writeFileSync(scenarioFile(vector.file), JSON.stringify(vector.scenario));
  }
  for (const vector of rejections) {
    writeFileSync(invalidFile(vector.file), JSON.stringify(vector.input));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('simulate command line, format 2', () => {
  it('prints the canonical result of every format-2 golden scenario, one line each, in order', () => {
    expectGoldenResults(golden, scenarioFile);
  });

  it('names exactly the paths of every format-2 rejection vector, and prints nothing for them', () => {
    expectRejections(rejections, invalidFile);
  });

  it('writes a format-2 problem as FILE: path: message', () => {
    const file = invalidFile('21-low-above-the-scenario-s-value.json');
    const { status, stderr } = runCli([file]);
    expect(status).toBe(2);
    expect(lines(stderr)).toEqual([
      `${file}: uncertainty.ranges.0.low: Price per instance per month (low end) must be at most 390, the scenario's value`,
    ]);
  });

  it('simulates formats 1 and 2 side by side, standard input too, skipping the invalid', () => {
    const v1 = goldenVectors()[0];
    const bad = invalidFile('29-version-3.json');
    const files = [
      scenarioFile(golden[0]?.file ?? ''),
      bad,
      '-',
      scenarioFile(golden[1]?.file ?? ''),
    ];
    const { status, stdout, stderr } = runCli(files, JSON.stringify(v1?.scenario));
    expect(status).toBe(2);
    expect(lines(stdout).map((line) => JSON.parse(line) as unknown)).toEqual([
      golden[0]?.expected,
      v1?.expected,
      golden[1]?.expected,
    ]);
    expect(lines(stderr)).toEqual([`${bad}: version: Format version must be 1 or 2`]);
  });
});
