/** A copy of `value` with the leaf at `path` replaced; untouched branches are shared. */
export function setAtPath(value: unknown, path: readonly string[], leaf: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  const base =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return { ...base, [head]: setAtPath(base[head], rest, leaf) };
}
