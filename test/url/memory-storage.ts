import type { StorageLike } from '../../src/url/saved-scenarios';

/** An in-memory Web Storage for tests; `failWith` makes every write throw that error. */
export function memoryStorage(failWith?: () => Error): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWith) throw failWith();
      data.set(k, String(v));
    },
    removeItem: (k) => void data.delete(k),
  };
}
