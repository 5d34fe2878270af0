import { defaultScenario, safeParseAnyScenario, upgradeScenario } from '../../src/engine/index';

/** Format-2 inputs for schema tests: the default scenario upgraded, as plain JSON to break. */
export function v2Input(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(upgradeScenario(defaultScenario))) as Record<string, unknown>;
}

/** The default format-2 input with these ranges and, optionally, some top-level fields replaced. */
export function withRanges(
  ranges: unknown,
  fields: Record<string, unknown> = {},
): Record<string, unknown> & { uncertainty: { runs: number; seed: number; ranges: unknown } } {
  return { ...v2Input(), ...fields, uncertainty: { runs: 1000, seed: 1, ranges } };
}

/** The issues of an input read by safeParseAnyScenario, as path → message (none if valid). */
export function issuesOf(input: unknown): Record<string, string> {
  const result = safeParseAnyScenario(input);
  if (result.ok) return {};
  return Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
}

/** The sorted paths of an input's issues, repeated paths kept. */
export function pathsOf(input: unknown): string[] {
  const result = safeParseAnyScenario(input);
  return result.ok ? [] : result.issues.map((issue) => issue.path).sort();
}
