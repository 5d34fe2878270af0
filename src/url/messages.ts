import type { GateResult, ReplacedField, RejectReason } from './gate';
import { printable } from './printable';
import { CURRENT_LINK_VERSION } from './versions';

/**
 * What the gate found, as codes and parameters for the UI to word in the reader's language
 * (`wording`), and in plain English (`summary`, `details`) for logs, the command line and tests.
 * Neither ever contains markup; the UI shows them as text. Unknown keys are quoted from the
 * input, so they are shortened and shown escaped.
 */

/** Where an input came from, to say "this link" or "this file". */
export type InputSource = 'link' | 'file' | 'saved';

/**
 * What the app shows instead of an input it refused: the default scenario, the one already open
 * ('kept'), or nothing to say ('': a saved entry that is only listed as unreadable).
 */
export type Fallback = 'default' | 'kept' | '';

/**
 * A field replaced by its default: its path, people's name for it and what was wrong in English,
 * and the problem's code and parameters for the UI to word.
 */
export type ReplacedWording = ReplacedField;

/** The message as codes and parameters: everything the UI needs to word it. */
export interface GateWording {
  source: InputSource;
  fallback: Fallback;
  /** Why the input was refused, or null when it was read (with repairs). */
  rejected: {
    reason: RejectReason;
    /** The version the input claimed, and the newest this app reads. */
    version: number | null;
    readsUpTo: number;
    /** The input's length in characters, for 'too-long'. */
    length: number;
  } | null;
  replaced: readonly ReplacedWording[];
  /** Unknown keys, already shortened and escaped. */
  ignored: readonly string[];
}

export interface GateMessage {
  /** One sentence: what happened and what the app did. */
  summary: string;
  /** One line per replaced or ignored field. */
  details: readonly string[];
  wording: GateWording;
}

const NOUN: Record<InputSource, string> = {
  link: 'This link',
  file: 'This file',
  saved: 'This saved scenario',
};

const FALLBACK: Record<Fallback, string> = {
  default: 'The app shows the default scenario instead.',
  kept: 'The current scenario was kept.',
  '': '',
};

function rejectedSummary(rejected: NonNullable<GateWording['rejected']>, noun: string): string {
  switch (rejected.reason) {
    case 'empty':
      return `${noun} is empty.`;
    case 'too-long':
      return `${noun} is far too long to be a scenario (${rejected.length.toLocaleString('en-US')} characters), so it was not read.`;
    case 'not-decodable':
      return `${noun} is damaged: its scenario could not be unpacked. It may have been cut off when it was copied.`;
    case 'not-json':
      return `${noun} does not contain readable scenario data (it is not JSON).`;
    case 'not-object':
      return `${noun} does not contain a scenario.`;
    case 'no-version':
      return `${noun} does not say which scenario format version it uses, so it was not read.`;
    case 'newer-version':
      return `${noun} was made with a newer version of the simulator (scenario format ${rejected.version ?? '?'}; this app reads up to format ${rejected.readsUpTo}). Open it in the newest version of the app.`;
    case 'unknown-version':
      return `${noun} uses a scenario format version this app does not know, so it was not read.`;
    case 'unreadable':
      return `${noun} could not be read as a scenario.`;
    default:
      return rejected.reason satisfies never;
  }
}

/** A key quoted from the input: shortened, and its control characters shown escaped. */
function quoted(text: string): string {
  const chars = [...text];
  return printable(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text);
}

/** What the app says it did when an input is refused while a scenario is already open. */
export const KEPT_CURRENT: Fallback = 'kept';

/** The English words for a message's codes. */
function english(w: GateWording): Pick<GateMessage, 'summary' | 'details'> {
  const noun = NOUN[w.source];
  if (w.rejected) {
    return { summary: `${rejectedSummary(w.rejected, noun)} ${FALLBACK[w.fallback]}`, details: [] };
  }
  const { replaced, ignored } = w;
  const details = [
    ...replaced.map((field) => `${field.label}: ${field.message}.`),
    ...ignored.map((key) => `Unknown field “${key}” was ignored.`),
  ];
  const summary =
    replaced.length > 0
      ? `${noun} had ${replaced.length === 1 ? 'an invalid value' : `${replaced.length} invalid values`}; ${replaced.length === 1 ? 'it was' : 'they were'} replaced by the default: ${replaced.map((f) => f.label).join(', ')}.`
      : `${noun} had fields this app does not know; they were ignored.`;
  return { summary, details };
}

/**
 * The message to show for a gate result, or null when the input was read as it is.
 * `fallback` says what the app shows when the input was refused.
 */
export function gateMessage(
  result: GateResult,
  source: InputSource,
  fallback: Fallback = 'default',
): GateMessage | null {
  let wording: GateWording;
  if (!result.ok) {
    wording = {
      source,
      fallback,
      rejected: {
        reason: result.reason,
        version: result.version ?? null,
        readsUpTo: CURRENT_LINK_VERSION,
        length: result.length ?? 0,
      },
      replaced: [],
      ignored: [],
    };
  } else {
    if (result.replaced.length === 0 && result.ignored.length === 0) return null;
    wording = {
      source,
      fallback,
      rejected: null,
      replaced: result.replaced.map((field) => ({ ...field })),
      ignored: result.ignored.map(quoted),
    };
  }
  return { ...english(wording), wording };
}
