/**
 * Text from untrusted input that is quoted back to people: file names, keys and parser messages on
 * the command line's terminal, unknown keys in the app's messages. On a terminal a raw newline in a
 * key could forge a second problem line that looks like another file's, and an escape sequence
 * could retitle or repaint it; in a message a bidirectional control could make the quote read
 * backwards. So every control character is shown escaped instead, and each quote is one line.
 * (Names are the user's own text and are shown as they are: they may need bidirectional marks.)
 *
 * Escaped: C0 controls and DEL, C1 controls (a terminal may read U+009B as an escape), the Unicode
 * line and paragraph separators, and the bidirectional controls that can make a line display in
 * another order than it is written.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control character shown as an escape (`\n`, `\u001b`): one line, inert. */
export function printable(text: string): string {
  return text.replace(
    CONTROL,
    (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
