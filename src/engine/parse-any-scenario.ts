import { UNREADABLE, safeParseScenario, safeParseWith } from './parse-scenario';
import { ScenarioError } from './scenario-error';
import { REQUIRED } from './schema-fields';
import { scenarioV2Schema } from './schema-v2';
import type { ScenarioIssue, ScenarioV2 } from './types';
import { upgradeScenario } from './upgrade-scenario';

/**
 * The reader of every scenario file, format 1 or 2 (spec section 9): the version decides which
 * schema applies, and format 1 is upgraded. Issues keep the paths of the format they were found
 * in. A version that is neither is reported on `version` alone: without a format, no other
 * field can be judged.
 */

export type SafeParseAnyScenarioResult =
  { ok: true; scenario: ScenarioV2 } | { ok: false; issues: ScenarioIssue[] };

/** The input's format version; 1 for a non-object, whose problem format 1's schema reports on "". */
function versionOf(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 1;
  return (input as { version?: unknown }).version;
}

/** Validates untrusted input as a scenario of either format, as format 2; never throws. */
export function safeParseAnyScenario(input: unknown): SafeParseAnyScenarioResult {
  let version: unknown;
  try {
    version = versionOf(input);
  } catch {
    // Only exotic inputs get here (a getter or proxy that throws while being read).
    return { ok: false, issues: [{ path: '', message: UNREADABLE }] };
  }
  if (version === 1) {
    const v1 = safeParseScenario(input);
    return v1.ok ? { ok: true, scenario: upgradeScenario(v1.scenario) } : v1;
  }
  if (version !== 2) {
    const message = version === undefined ? REQUIRED : 'Format version must be 1 or 2';
    return { ok: false, issues: [{ path: 'version', message }] };
  }
  const v2 = safeParseWith(scenarioV2Schema, input);
  return v2.ok ? { ok: true, scenario: v2.value } : v2;
}

/** Validates untrusted input as a scenario of either format; throws a ScenarioError listing every problem. */
export function parseAnyScenario(input: unknown): ScenarioV2 {
  const result = safeParseAnyScenario(input);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
