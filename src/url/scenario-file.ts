import type { Scenario } from '../engine';
import { restoreScenarioJson, type GateResult } from './gate';

/**
 * Export and import of a scenario as a `.json` file. Export writes the complete scenario with its
 * version (the command-line simulator reads it as it is); import goes through the one gate.
 */

export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** A file name from the scenario's name: "Example managed service" → "example-managed-service.json". */
export function scenarioFileName(scenario: Scenario): string {
  const slug = scenario.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}.json`;
}

/** What reading a file needs: a `File` has both. */
export interface FileLike {
  size: number;
  text: () => Promise<string>;
}

/**
 * The largest file read. Far more than MAX_JSON_CHARS allows, because deep nesting inside one field
 * is cut out before that limit counts (a field nested a million deep is 2 MB of brackets); reading
 * and scanning 10 MB still takes well under a second.
 */
export const MAX_FILE_BYTES = 10_000_000;

/** Reads a chosen file through the gate; never rejects. Huge files are refused unread. */
export async function readScenarioFile(file: FileLike): Promise<GateResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-long', length: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  return restoreScenarioJson(text);
}
