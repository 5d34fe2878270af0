import type { GateResult, Rejected } from './gate';
import { printable } from './printable';
import { CURRENT_LINK_VERSION } from './versions';

/**
 * Plain-words messages for what the gate found. They never contain markup; the UI shows them as
 * text. Unknown keys are quoted from the input, so they are shortened and shown escaped.
 */

/** Where an input came from, to say "this link" or "this file". */
export type InputSource = 'link' | 'file' | 'saved';

export interface GateMessage {
  /** One sentence: what happened and what the app did. */
  summary: string;
  /** One line per replaced or ignored field. */
  details: readonly string[];
}

const NOUN: Record<InputSource, string> = {
  link: 'This link',
  file: 'This file',
  saved: 'This saved scenario',
};

function rejectedSummary(result: Rejected, source: InputSource): string {
  const noun = NOUN[source];
  switch (result.reason) {
    case 'empty':
      return `${noun} is empty.`;
    case 'too-long':
      return `${noun} is far too long to be a scenario (${(result.length ?? 0).toLocaleString('en-US')} characters), so it was not read.`;
    case 'not-decodable':
      return `${noun} is damaged: its scenario could not be unpacked. It may have been cut off when it was copied.`;
    case 'not-json':
      return `${noun} does not contain readable scenario data (it is not JSON).`;
    case 'not-object':
      return `${noun} does not contain a scenario.`;
    case 'no-version':
      return `${noun} does not say which scenario format version it uses, so it was not read.`;
    case 'newer-version':
      return `${noun} was made with a newer version of the simulator (scenario format ${result.version ?? '?'}; this app reads up to format ${CURRENT_LINK_VERSION}). Open it in the newest version of the app.`;
    case 'unknown-version':
      return `${noun} uses a scenario format version this app does not know, so it was not read.`;
    case 'unreadable':
      return `${noun} could not be read as a scenario.`;
    default:
      return result.reason satisfies never;
  }
}

/** A key quoted from the input: shortened, and its control characters shown escaped. */
function quoted(text: string): string {
  const chars = [...text];
  return printable(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text);
}

/** What the app says it did when an input is refused while a scenario is already open. */
export const KEPT_CURRENT = 'The current scenario was kept.';

/**
 * The message to show for a gate result, or null when the input was read as it is.
 * `fallback` says what the app shows when the input was refused.
 */
export function gateMessage(
  result: GateResult,
  source: InputSource,
  fallback = 'The app shows the default scenario instead.',
): GateMessage | null {
  if (!result.ok) return { summary: `${rejectedSummary(result, source)} ${fallback}`, details: [] };
  const { replaced, ignored } = result;
  if (replaced.length === 0 && ignored.length === 0) return null;
  const details = [
    ...replaced.map((field) => `${field.label}: ${field.message}.`),
    ...ignored.map((path) => `Unknown field “${quoted(path)}” was ignored.`),
  ];
  const summary =
    replaced.length > 0
      ? `${NOUN[source]} had ${replaced.length === 1 ? 'an invalid value' : `${replaced.length} invalid values`}; ${replaced.length === 1 ? 'it was' : 'they were'} replaced by the default: ${replaced.map((f) => f.label).join(', ')}.`
      : `${NOUN[source]} had fields this app does not know; they were ignored.`;
  return { summary, details };
}
