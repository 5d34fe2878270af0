/**
 * The one reader and writer of dotted paths ("msp.hourlyRate", later "msp.items.3.hourlyRate").
 * Both take untrusted values: a key is read only when it is the node's own (never something
 * inherited such as `constructor`), and writing copies instead of changing anything it was given.
 */

export type PathKeys = readonly (string | number)[];

function keysOf(path: string | PathKeys): PathKeys {
  if (typeof path !== 'string') return path;
  return path === '' ? [] : path.split('.');
}

function isNode(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at a path, or undefined when any step is missing or not an object or array. */
export function readPath(root: unknown, path: string | PathKeys): unknown {
  let node = root;
  for (const key of keysOf(path)) {
    if (!isNode(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/**
 * A copy of `root` with the value at `path` replaced; untouched branches are shared, objects
 * missing on the way are created. An array on the way stays an array. Keys are defined, not
 * assigned, so a `__proto__` key stays a plain key.
 */
export function writePath(root: unknown, path: string | PathKeys, leaf: unknown): unknown {
  const [head, ...rest] = keysOf(path);
  if (head === undefined) return leaf;
  const base = isNode(root) ? root : {};
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string, unknown>;
  const inner = Object.hasOwn(base, head) ? base[head] : undefined;
  Object.defineProperty(copy, head, {
    value: writePath(inner, rest, leaf),
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return copy;
}
