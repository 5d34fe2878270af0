import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../src/cli/run-simulate';
import { goldenVectors } from '../golden';
import { fakeIo } from './fake-io';

/** The simulator's logic in-process, with files and streams faked. */
const vector = goldenVectors()[0];
const scenarioText = JSON.stringify(vector?.scenario);

describe('runSimulate', () => {
  it('reads standard input once, even when "-" is given twice', async () => {
    const fake = fakeIo({}, scenarioText);
    expect(await runSimulate(['-', '-'], fake.io)).toBe(0);
    expect(fake.stdinReads()).toBe(1);
    expect(fake.out).toHaveLength(2);
    expect(fake.out[0]).toBe(fake.out[1]);
    expect(JSON.parse(fake.out[0] ?? '')).toEqual(vector?.expected);
  });

  it('takes every argument after "--" as a file name', async () => {
    const fake = fakeIo({ '--help': scenarioText });
    expect(await runSimulate(['--', '--help'], fake.io)).toBe(0);
    expect(JSON.parse(fake.out[0] ?? '')).toEqual(vector?.expected);
  });

  it('ignores a byte-order mark before the JSON', async () => {
    const fake = fakeIo({ 'bom.json': `\uFEFF${scenarioText}` });
    expect(await runSimulate(['bom.json'], fake.io)).toBe(0);
    expect(fake.err).toEqual([]);
  });

  it('writes each problem as one line, whatever its message holds', async () => {
    const fake = fakeIo({ 'multi.json': '{\n"a":\n' });
    expect(await runSimulate(['multi.json'], fake.io)).toBe(2);
    expect(fake.out).toEqual([]);
    expect(fake.err).toHaveLength(1);
    expect(fake.err[0]).toMatch(/^multi\.json: : not valid JSON: [^\n]*\n$/);
  });

  it('reports a scenario that is JSON but not an object on the whole-file path', async () => {
    const fake = fakeIo({ 'list.json': '[1, 2]', 'text.json': '"x"' });
    expect(await runSimulate(['list.json', 'text.json'], fake.io)).toBe(2);
    expect(fake.err).toEqual([
      'list.json: : The scenario must be a JSON object with the fields of a scenario\n',
      'text.json: : The scenario must be a JSON object with the fields of a scenario\n',
    ]);
  });
});
