import type { ScenarioIssue } from './types';

/**
 * Thrown by `parseScenario` when an input is not a valid scenario. `issues` lists every problem
 * found (not just the first), each named by its dotted path ("msp.hourlyRate"; "" is the whole input).
 */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(ScenarioError.summarize(issues));
    this.name = 'ScenarioError';
    this.issues = issues;
  }

  /** One readable sentence for logs: "Invalid scenario: msp.hourlyRate: …; isv.label: …". */
  private static summarize(issues: readonly ScenarioIssue[]): string {
    const listed = issues.map((issue) =>
      issue.path ? `${issue.path}: ${issue.message}` : issue.message,
    );
    return `Invalid scenario: ${listed.join('; ')}`;
  }
}
