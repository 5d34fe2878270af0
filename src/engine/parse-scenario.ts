import type { z } from 'zod';
import { ScenarioError } from './scenario-error';
import { UNKNOWN_FIELD } from './schema-fields';
import { scenarioSchema } from './schema';
import type { FieldProblem } from './scenario/issues';
import type { Scenario, ScenarioIssue } from './types';

export const UNREADABLE = 'The scenario could not be read';

export type SafeParseScenarioResult =
  { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Asks for each issue's code and parameters besides its English message (for the UI). */
export interface IssueOptions {
  codes?: boolean;
}

/** The code and parameters a field schema put on its issue, if any. */
function codeOf(issue: z.core.$ZodIssue): Pick<ScenarioIssue, 'code' | 'params'> {
  if (issue.code !== 'custom') return {};
  const problem = issue.params as Partial<FieldProblem> | undefined;
  if (problem?.code === undefined || problem.params === undefined) return {};
  return { code: problem.code, params: problem.params };
}

/**
 * Zod issues as the engine reports them: dotted paths, and one issue per unknown field on that
 * field's own path (zod reports them together on the enclosing object).
 */
export function toScenarioIssues(
  issues: readonly z.core.$ZodIssue[],
  options: IssueOptions = {},
): ScenarioIssue[] {
  return issues.flatMap((issue): ScenarioIssue[] => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [...path, key].join('.'), message: UNKNOWN_FIELD }));
    }
    const own = { path: path.join('.'), message: issue.message };
    return [options.codes === true ? { ...own, ...codeOf(issue) } : own];
  });
}

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: ScenarioIssue[] };

/** Runs a scenario schema on untrusted input; never throws. */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options: IssueOptions = {},
): Parsed<T> {
  let result: z.ZodSafeParseResult<T>;
  try {
    result = schema.safeParse(input);
  } catch {
    // Only exotic inputs get here (a getter or proxy that throws while being read).
    return { ok: false, issues: [{ path: '', message: UNREADABLE }] };
  }
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: toScenarioIssues(result.error.issues, options) };
}

/**
 * Validates untrusted input as a scenario and returns it in canonical form; never throws. With
 * `{ codes: true }` each issue also carries its code and parameters, for the UI to word it.
 */
export function safeParseScenario(
  input: unknown,
  options: IssueOptions = {},
): SafeParseScenarioResult {
  const result = safeParseWith(scenarioSchema, input, options);
  return result.ok ? { ok: true, scenario: result.value } : result;
}

/** Validates untrusted input as a scenario; throws a ScenarioError listing every problem. */
export function parseScenario(input: unknown): Scenario {
  const result = safeParseScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
