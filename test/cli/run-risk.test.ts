import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { risk, safeParseAnyScenario } from '../../src/engine/index';
import { runRisk } from '../../src/cli/run-risk';
import { goldenRiskVectors, goldenVectors, rejectionV2Vectors } from '../golden';
import { fakeIo } from './fake-io';

/** The command-line risk analysis: in-process with faked files, and once as a user runs it. */
const vectors = goldenRiskVectors();
const files = Object.fromEntries(vectors.map((v) => [v.file, JSON.stringify(v.scenario)]));
const lines = (chunks: string[]) =>
  chunks
    .join('')
    .split('\n')
    .filter((l) => l !== '');

describe('npm run risk', () => {
  it('prints the risk result of every golden risk scenario, one JSON line each, in order', async () => {
    const fake = fakeIo(files);
    expect(await runRisk(Object.keys(files), fake.io)).toBe(0);
    expect(fake.err).toEqual([]);
    expect(lines(fake.out).map((l) => JSON.parse(l) as unknown)).toEqual(
      vectors.map((v) => v.expected),
    );
  });

  it('reads a format-1 file as format 2: 1,000 runs, seed 1, no ranges', async () => {
    const v1 = goldenVectors()[0]?.scenario;
    const fake = fakeIo({ 'v1.json': JSON.stringify(v1) });
    expect(await runRisk(['v1.json'], fake.io)).toBe(0);
    const parsed = safeParseAnyScenario(v1);
    if (!parsed.ok) throw new Error('golden 01 must be valid');
    const result = JSON.parse(fake.out[0] ?? '') as { runs: number; seed: number };
    expect(result).toEqual(JSON.parse(JSON.stringify(risk(parsed.scenario))));
    expect([result.runs, result.seed]).toEqual([1000, 1]);
  });

  it('names every problem of an invalid file by its path, analyses the others, exits with 2', async () => {
    const rejected = rejectionV2Vectors().slice(0, 5);
    const bad = Object.fromEntries(rejected.map((v) => [v.file, JSON.stringify(v.input)]));
    const good = vectors[0]?.file ?? '';
    const fake = fakeIo({ ...bad, [good]: files[good] ?? '', 'text.json': 'not JSON' });
    const args = [...Object.keys(bad), good, 'text.json', 'missing.json'];
    expect(await runRisk(args, fake.io)).toBe(2);
    expect(lines(fake.out)).toHaveLength(1);
    const errors = lines(fake.err);
    for (const v of rejected) {
      const paths = errors
        .filter((l) => l.startsWith(`${v.file}: `))
        .map((l) => l.slice(v.file.length + 2).split(': ')[0]);
      expect(paths.sort(), v.file).toEqual([...v.paths].sort());
    }
    expect(errors).toContain('missing.json: : cannot read the file: no such file');
    expect(errors.some((l) => l.startsWith('text.json: : not valid JSON: '))).toBe(true);
  });

  it('shows its usage for --help (exit 0) and for wrong arguments (exit 2)', async () => {
    const help = fakeIo({});
    expect(await runRisk(['--help'], help.io)).toBe(0);
    expect(help.out.join('')).toMatch(/^Usage: npm run --silent risk -- FILE\.\.\./);
    const none = fakeIo({});
    expect(await runRisk([], none.io)).toBe(2);
    expect(none.err.join('')).toMatch(/^risk: no FILE given\nUsage:/);
    const unknown = fakeIo(files);
    expect(await runRisk(['--runs', vectors[0]?.file ?? ''], unknown.io)).toBe(2);
    expect(unknown.out).toEqual([]);
    expect(unknown.err[0]).toBe('risk: unknown option --runs\n');
  });

  it('runs through the npm script, reading standard input for "-"', () => {
    const vector = vectors[0];
    const result = spawnSync('npm', ['run', '--silent', 'risk', '--', '-'], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      input: JSON.stringify(vector?.scenario),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(vector?.expected);
  });
});
