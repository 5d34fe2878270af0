import { MAX_NESTING } from './raw';

/**
 * Untrusted JSON text in, a value out in which whatever nests deeper than MAX_NESTING levels is an
 * empty array. Every reader of JSON text (links,
 * imported files, saved entries, the command-line simulator) goes through `parseJsonText`, so that
 * no depth of nesting inside one field costs the other fields.
 *
 * V8's JSON.parse itself is iterative (measured: 10 million levels parse, slowly), but what comes
 * after it is not (structuredClone, JSON.stringify, a schema walking a value), other engines may
 * recurse, and parsing a million levels takes most of a second. So the nesting is cut out of the
 * text first, in one linear pass, and only the shallow rest is parsed.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
// In ASCII each closing bracket is its opening one plus 2: `[` 0x5b `]` 0x5d, `{` 0x7b `}` 0x7d.
const CLOSE_OFFSET = 2;

/** What stands in for a cut-off part: an empty array, never a valid value of any field. */
const CUT = '[]';

/** Where the string that starts at `start` (a quote) ends (its closing quote), or -1 if it does not. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i;
  }
  return -1;
}

/**
 * The text with every array or object that opens deeper than `maxDepth` levels replaced by `[]`
 * (brackets inside strings are text, not nesting). Only the brackets of a cut part are checked,
 * not the rest of its grammar: the field holding it is invalid whatever it holds, and is reported
 * and replaced as such.
 *
 * Text that is not JSON by its brackets (unmatched, unclosed, or an open string) stays not JSON:
 * from the first such place on it is kept as it is, and a deep part it breaks off in is dropped up
 * to that place, so JSON.parse stops there with its own message and never walks the depth.
 */
export function cutDeepNesting(text: string, maxDepth: number = MAX_NESTING): string {
  // One byte per open level: the kind of bracket that must close it.
  let open = new Uint8Array(64);
  let depth = 0;
  let cutStart = -1;
  let copiedTo = 0;
  const parts: string[] = [];
  const brokenAt = (at: number) => {
    parts.push(text.slice(copiedTo, depth > maxDepth ? cutStart : at), text.slice(at));
    return parts.join('');
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      const end = stringEnd(text, i);
      if (end < 0) return brokenAt(i);
      i = end;
    } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      if (depth === open.length) {
        const grown = new Uint8Array(open.length * 2);
        grown.set(open);
        open = grown;
      }
      open[depth] = code;
      depth++;
      if (depth === maxDepth + 1) cutStart = i;
    } else if (code === OPEN_ARRAY + CLOSE_OFFSET || code === OPEN_OBJECT + CLOSE_OFFSET) {
      if (depth === 0 || open[depth - 1] !== code - CLOSE_OFFSET) return brokenAt(i);
      depth--;
      if (depth === maxDepth) {
        parts.push(text.slice(copiedTo, cutStart), CUT);
        copiedTo = i + 1;
      }
    }
  }
  if (depth > maxDepth) return brokenAt(text.length);
  if (parts.length === 0) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'too-long'; length: number }
  | { ok: false; reason: 'not-json'; message: string };

/**
 * Parses untrusted JSON text, nesting beyond MAX_NESTING cut off first. `maxChars` bounds what is
 * left after the cut (a long, deeply nested field costs nothing), and `length` reports the text's
 * own length. A leading byte-order mark is an encoding detail (editors on Windows add one), not
 * content. Never throws.
 */
export function parseJsonText(text: string, maxChars = Number.POSITIVE_INFINITY): JsonTextResult {
  const shallow = cutDeepNesting(text.replace(/^\uFEFF/, ''));
  if (shallow.length > maxChars) return { ok: false, reason: 'too-long', length: text.length };
  try {
    return { ok: true, value: JSON.parse(shallow) as unknown };
  } catch (error) {
    // After a cut, positions in the message count each cut part as its `[]`.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'not-json', message };
  }
}
