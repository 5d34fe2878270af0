import { defaultScenario, safeParseScenario } from '../../src/engine';

/** A mutable copy of the default scenario as plain JSON-like input, to break one field at a time. */
export function validInput(): Record<string, unknown> {
  return structuredClone(defaultScenario) as unknown as Record<string, unknown>;
}

/** The input with the field at a dotted path set to value (undefined deletes it). */
export function withField(path: string, value: unknown, base = validInput()) {
  const keys = path.split('.');
  let target = base;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete target[last];
  else target[last] = value;
  return base;
}

/** The value at a dotted path of a parsed scenario, or the issues if it was rejected. */
export function parseField(path: string, value: unknown, base = validInput()) {
  const result = safeParseScenario(withField(path, value, base));
  if (!result.ok) return { ok: false as const, issues: result.issues };
  let node: unknown = result.scenario;
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  return { ok: true as const, value: node };
}

/** The dotted paths of the issues reported for an input, sorted. */
export function rejectedPaths(input: unknown): string[] {
  const result = safeParseScenario(input);
  return result.ok ? [] : result.issues.map((issue) => issue.path).sort();
}
