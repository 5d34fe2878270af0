import type { CliIo } from '../../src/cli/run-simulate';

/** A command-line tool's files and streams, faked: cases a child process makes awkward. */
export function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  let stdinReads = 0;
  const io: CliIo = {
    readFile: (path) =>
      path in files
        ? Promise.resolve(files[path] ?? '')
        : Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })),
    readStdin: () => {
      stdinReads += 1;
      return Promise.resolve(stdin);
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  };
  return { io, out, err, stdinReads: () => stdinReads };
}
