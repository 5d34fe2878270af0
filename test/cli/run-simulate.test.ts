import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../src/cli/run-simulate';
import { goldenVectors } from '../golden';
import { fakeIo } from './fake-io';
import { RAW_CONTROL } from './raw-control';

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

  describe.each([5_000, 100_000])('a field nested %i deep', (depth) => {
    const shapes = {
      arrays: '['.repeat(depth) + ']'.repeat(depth),
      objects: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth),
    };
    it.each(Object.entries(shapes))('of %s is reported on that field alone', async (_, nested) => {
      // Valid everywhere else: the only problem listed is the nested field.
      const text = scenarioText.replace(/"hourlyRate":[^,}]*/, `"hourlyRate":${nested}`);
      const fake = fakeIo({ 'deep.json': text });
      expect(await runSimulate(['deep.json'], fake.io)).toBe(2);
      expect(fake.out).toEqual([]);
      expect(fake.err).toEqual([
        'deep.json: msp.hourlyRate: Hourly labour cost must be a plain decimal number like 87.35 (no exponent, spaces, + sign or leading zeros)\n',
      ]);
    });
  });

  describe('shows control characters from the input escaped, one line per problem', () => {
    it('in a key: a forged newline cannot make a second line that looks like another file’s', async () => {
      const forged = { ...(vector?.scenario as object), 'x\r\nnewline.json: : fake line': 1 };
      const fake = fakeIo({ 'newline.json': JSON.stringify(forged) });
      expect(await runSimulate(['newline.json'], fake.io)).toBe(2);
      expect(fake.err).toEqual(['newline.json: x\\r\\nnewline.json: : fake line: Unknown field\n']);
    });

    it('in the parser’s message quoting a file that is not JSON', async () => {
      const fake = fakeIo({ 'title.txt': '\u001b]0;title\u0007' });
      expect(await runSimulate(['title.txt'], fake.io)).toBe(2);
      expect(fake.err).toHaveLength(1);
      expect(fake.err[0]).toMatch(/^title\.txt: : not valid JSON: .*\\u001b\]0;title\\u0007.*\n$/);
      expect(fake.err[0]?.slice(0, -1)).not.toMatch(RAW_CONTROL);
    });

    it('in file names, read errors and options', async () => {
      const name = 'bad\u001b[31m\n\u202e.json';
      const failing = fakeIo({});
      failing.io.readFile = () => Promise.reject(new Error('disk\nfailed \u0007'));
      expect(await runSimulate([name, '--\u001b[2J'], failing.io)).toBe(2);
      expect(failing.err[0]).toBe('simulate: unknown option --\\u001b[2J\n');

      expect(await runSimulate([name], failing.io)).toBe(2);
      expect(failing.err.at(-1)).toBe(
        'bad\\u001b[31m\\n\\u202e.json: : cannot read the file: disk\\nfailed \\u0007\n',
      );
    });

    it('in a key with a terminal control sequence and a bidirectional override', async () => {
      const keys = { ...(vector?.scenario as object), ['\u009b2J\u202ekey']: 1 };
      const fake = fakeIo({ 'c1.json': JSON.stringify(keys) });
      expect(await runSimulate(['c1.json'], fake.io)).toBe(2);
      expect(fake.err).toEqual(['c1.json: \\u009b2J\\u202ekey: Unknown field\n']);
    });
  });
});
