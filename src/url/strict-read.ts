import { safeParseAnyScenario } from '../engine';
import type { SafeParseAnyScenarioResult } from '../engine';
import { parseJsonText } from './json-text';
import { LINK_FORMAT, upgradeToCurrent, type LinkFormat } from './versions';

/**
 * The gate's strict door, for the command-line tools: the same JSON reader and the same chain of
 * version upgraders as links, files and saved scenarios, but nothing is restored. Where the app
 * replaces an invalid field by its default and says so, a command-line tool must refuse the file
 * and name the field, so the engine's parser judges what the upgraders hand over.
 *
 * Formats the engine reads itself (1 and 2, spec sections 1 and 9) go to it untouched, so its
 * problems keep the paths of the file's own format. Only versions older than those (formats only
 * the app ever wrote) are first upgraded by the link format's upgraders, as the app would.
 */

/** The oldest scenario format the engine's own parser reads. */
export const FIRST_ENGINE_FORMAT = 1;

/** Why the text is not even JSON: the CLI's one problem on the whole file. */
export type StrictReadResult = SafeParseAnyScenarioResult | { ok: false; notJson: string };

function olderVersion(value: unknown, format: LinkFormat): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!Object.hasOwn(value, 'version')) return undefined;
  const version = (value as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return undefined;
  return version >= format.first && version < FIRST_ENGINE_FORMAT ? version : undefined;
}

/** A parsed JSON value as a scenario of any version the app ever wrote; never throws. */
export function readScenarioValue(
  value: unknown,
  format: LinkFormat = LINK_FORMAT,
): SafeParseAnyScenarioResult {
  let input = value;
  try {
    const older = olderVersion(value, format);
    if (older !== undefined)
      input = upgradeToCurrent(value as Record<string, unknown>, older, format);
  } catch {
    // Exotic values (a getter that throws) are the engine parser's to report.
  }
  return safeParseAnyScenario(input);
}

/** Scenario JSON text (a file) as a scenario, or why not; never throws. */
export function readScenarioText(text: string, format: LinkFormat = LINK_FORMAT): StrictReadResult {
  // Nesting deeper than any field is cut off first, so a file nested a million deep is reported
  // on its field, quickly, like any other invalid value.
  const json = parseJsonText(text);
  if (!json.ok)
    return { ok: false, notJson: json.reason === 'not-json' ? json.message : 'far too long' };
  return readScenarioValue(json.value, format);
}
