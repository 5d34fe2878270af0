import {
  fieldLabel,
  readPath as valueAt,
  safeParseScenario,
  scenarioFieldSchemas,
  writePath,
} from '../engine';
import type { IssueCode, IssueParams, Scenario, ScenarioFieldPath } from '../engine';
import { deepCopy, forEachLeaf, isRawObject, ownValue, type RawObject, type RawValue } from './raw';
import { parseJsonText } from './json-text';
import { LINK_FORMAT, upgradeToCurrent, type LinkFormat } from './versions';

/**
 * The one gate for untrusted input. Links, imported files and saved scenarios all end up here as a
 * parsed JSON value, and get back a result value; nothing in here throws to the caller.
 *
 * Like Excalidraw's `restore`, it walks the known structure (the frozen defaults) and takes each
 * supplied value only if that field's own schema (from the engine: no second schema here) accepts
 * it; anything else falls back to its default and is reported. Unknown keys, including
 * `__proto__` and `constructor`, are never copied, so they change nothing.
 */

/** Why an input could not be read at all; the app then starts from the defaults. */
export type RejectReason =
  | 'empty'
  | 'too-long'
  | 'not-decodable'
  | 'not-json'
  | 'not-object'
  | 'no-version'
  | 'newer-version'
  | 'unknown-version'
  | 'unreadable';

/** The problem codes of a replaced field: the engine's, and those the gate finds itself. */
export type GateFieldCode = IssueCode | 'notGroup' | 'invalid';

/** A field whose value was invalid and was replaced by its default. */
export interface ReplacedField {
  path: string;
  /** People's name for the field ("Hourly labour cost (MSP partner)"). */
  label: string;
  /** What was wrong, from the engine's schema, in English. */
  message: string;
  /** The same problem as a code and parameters, for the UI to word in the reader's language. */
  code: GateFieldCode;
  params: IssueParams;
  /** When the field fell back only because another field's default did not fit: that field. */
  withDefaultOf?: string;
}

/** A problem with one value: the English message beside its code and parameters. */
type Problem = Pick<ReplacedField, 'message' | 'code' | 'params'>;

/** A problem with its engine code, or the gate's own 'invalid' where the engine gives none. */
function coded(message: string, code?: IssueCode, params?: IssueParams): Problem {
  if (code !== undefined && params !== undefined) return { message, code, params };
  return { message, code: 'invalid', params: { labelKey: '' } };
}

export interface Accepted {
  ok: true;
  scenario: Scenario;
  /** Every field that was replaced by its default (empty when the input was entirely valid). */
  replaced: readonly ReplacedField[];
  /** Dotted paths of unknown fields that were left out. */
  ignored: readonly string[];
}

export interface Rejected {
  ok: false;
  reason: RejectReason;
  /** The version the input claimed, for 'newer-version' and 'unknown-version'. */
  version?: number;
  /** The input's length, for 'too-long'. */
  length?: number;
}

export type GateResult = Accepted | Rejected;

/** The most unknown keys listed (a hostile input could hold thousands). */
const MAX_IGNORED = 20;

/**
 * When a field is still invalid after falling back to its default, the fields it depends on fall
 * back too: the default investment months may not fit a short (valid) horizon.
 */
const DEPENDS_ON: Readonly<Record<string, readonly string[]>> = {
  investmentMonths: ['horizonMonths'],
};

/** The field's label, with its section for partner fields (whose labels read the same for both). */
export function replacedLabel(path: string): string {
  const dot = path.indexOf('.');
  const section = dot < 0 ? '' : path.slice(0, dot);
  const own = fieldLabel(path);
  return section === 'msp' || section === 'isv' ? `${own} (${fieldLabel(section)})` : own;
}

function isFieldPath(path: string): path is ScenarioFieldPath {
  return Object.hasOwn(scenarioFieldSchemas, path);
}

/** The problem with one field's value according to the engine's own field schema, or null. */
function fieldProblem(path: string, value: unknown): Problem | null {
  if (!isFieldPath(path)) return coded('Unknown field');
  if (value === undefined) {
    const section = path.includes('.') ? path.slice(0, path.indexOf('.')) : path;
    const message = `${fieldLabel(section)} is not a group of fields`;
    return { message, code: 'notGroup', params: { labelKey: `section.${section}` } };
  }
  const result = scenarioFieldSchemas[path].safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  // A field schema puts its problem (message, code, parameters) on the issue's params.
  const own = (issue as { params?: { code?: IssueCode; params?: IssueParams } } | undefined)
    ?.params;
  return coded(issue?.message ?? 'Invalid value', own?.code, own?.params);
}

/**
 * Fills what a (possibly partial) object of some version leaves out from that version's frozen
 * defaults. Values that are present are kept as they are, valid or not: judging them is the
 * gate's job once the data is in the current version. Unknown keys are dropped and listed.
 */
function fillFromDefaults(
  raw: Record<string, unknown>,
  defaults: RawObject,
  ignored: string[],
  prefix = '',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = ownValue(raw, key);
    if (value === undefined) out[key] = deepCopy(fallback);
    else if (isRawObject(fallback) && isRawObject(value)) {
      out[key] = fillFromDefaults(value, fallback as RawObject, ignored, `${prefix}${key}.`);
    } else out[key] = value;
  }
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(defaults, key) && ignored.length < MAX_IGNORED) {
      ignored.push(`${prefix}${key}`);
    }
  }
  return out;
}

const fallbackCache = new WeakMap<LinkFormat, Map<number, Record<string, unknown>>>();

/** The frozen defaults of `version` brought up to the current version: what an omitted field means. */
function fallbackFor(version: number, format: LinkFormat): Record<string, unknown> {
  let byVersion = fallbackCache.get(format);
  if (!byVersion) {
    byVersion = new Map();
    fallbackCache.set(format, byVersion);
  }
  let fallback = byVersion.get(version);
  if (!fallback) {
    const defaults = format.defaults[version] ?? {};
    fallback = upgradeToCurrent({ ...defaults }, version, format);
    byVersion.set(version, fallback);
  }
  return fallback;
}

/** Reads the claimed version: a whole number the format knows, or a reason to refuse. */
function readVersion(raw: Record<string, unknown>, format: LinkFormat): number | Rejected {
  const version = ownValue(raw, 'version');
  if (version === undefined) return { ok: false, reason: 'no-version' };
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (version > format.current) return { ok: false, reason: 'newer-version', version };
  if (version < format.first) return { ok: false, reason: 'unknown-version', version };
  return version;
}

function restoreUnchecked(input: unknown, format: LinkFormat): GateResult {
  if (!isRawObject(input)) return { ok: false, reason: 'not-object' };
  const version = readVersion(input, format);
  if (typeof version !== 'number') return version;

  const ignored: string[] = [];
  const defaults = format.defaults[version] ?? {};
  const filled = fillFromDefaults(input, defaults, ignored);
  filled.version = version;
  const upgraded = upgradeToCurrent(filled, version, format);
  const fallback = fallbackFor(version, format);

  let candidate: unknown = {};
  const replaced = new Map<string, ReplacedField>();
  const replace = (path: string, problem: Problem, withDefaultOf?: string) => {
    candidate = writePath(candidate, path, deepCopy(valueAt(fallback, path)));
    const field: ReplacedField = { path, label: replacedLabel(path), ...problem };
    replaced.set(path, withDefaultOf === undefined ? field : { ...field, withDefaultOf });
  };
  forEachLeaf(fallback as RawObject, (path: string, _default: RawValue) => {
    if (path === 'version') {
      candidate = writePath(candidate, path, format.current);
      return;
    }
    const value = valueAt(upgraded, path);
    const problem = fieldProblem(path, value);
    if (problem === null) candidate = writePath(candidate, path, value);
    else replace(path, problem);
  });

  // Rules across fields (go-live before the horizon ends) show up only on the whole scenario.
  for (let round = 0; round < 4; round++) {
    const whole = safeParseScenario(candidate, { codes: true });
    if (whole.ok) {
      return { ok: true, scenario: whole.scenario, replaced: [...replaced.values()], ignored };
    }
    let changed = false;
    for (const issue of whole.issues) {
      const stuck = replaced.has(issue.path);
      const targets = stuck ? (DEPENDS_ON[issue.path] ?? []) : [issue.path];
      for (const target of targets) {
        if (!replaced.has(target) && valueAt(fallback, target) !== undefined) {
          const problem = coded(issue.message, issue.code, issue.params);
          const because = `${issue.message}, even with the default ${fieldLabel(issue.path)}`;
          if (stuck) replace(target, { ...problem, message: because }, issue.path);
          else replace(target, problem);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { ok: false, reason: 'unreadable' };
}

/**
 * The gate: a parsed JSON value (from a link, a file or storage) in, a result value out. A complete
 * scenario is always accepted as it is; a partial one is completed from the frozen defaults of its
 * version; invalid fields fall back to those defaults and are listed. Never throws.
 */
export function restoreScenario(input: unknown, format: LinkFormat = LINK_FORMAT): GateResult {
  try {
    // A bounded copy first: whatever nests deeper than any field can is cut off here, so no step
    // after this (upgraders, copies, schemas) walks an attacker's depth.
    return restoreUnchecked(deepCopy(input), format);
  } catch {
    // Only a broken upgrader or an exotic object could get here; the caller still gets a value.
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * Most characters of JSON text read (a complete scenario is about 1,000), not counting nesting
 * deeper than any field can hold: that is cut out before parsing, so it costs no other field.
 */
export const MAX_JSON_CHARS = 100_000;

/** The gate for JSON text (an imported file, a decompressed link, a stored entry). */
export function restoreScenarioJson(text: string, format: LinkFormat = LINK_FORMAT): GateResult {
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  const json = parseJsonText(text, MAX_JSON_CHARS);
  if (json.ok) return restoreScenario(json.value, format);
  if (json.reason === 'too-long') return { ok: false, reason: 'too-long', length: json.length };
  return { ok: false, reason: 'not-json' };
}

export { parseJsonText };
