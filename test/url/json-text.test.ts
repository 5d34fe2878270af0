import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import { cutDeepNesting, parseJsonText } from '../../src/url/json-text';
import { MAX_NESTING, deepCopy } from '../../src/url/raw';

/** Levels of arrays and objects in a value, counted without recursion. */
function nestingOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, level] = next;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, level);
    for (const inner of Object.values(node)) pending.push([inner, level + 1]);
  }
  return deepest;
}

const arrays = (depth: number, inner = '1') => '['.repeat(depth) + inner + ']'.repeat(depth);

describe('cutting deep nesting out of JSON text', () => {
  it('leaves a scenario, and anything as deep as MAX_NESTING, exactly as it is', () => {
    const text = JSON.stringify(defaultScenario);
    expect(cutDeepNesting(text)).toBe(text);
    expect(cutDeepNesting(arrays(MAX_NESTING))).toBe(arrays(MAX_NESTING));
  });

  it('replaces what opens one level deeper by an empty array', () => {
    expect(cutDeepNesting(arrays(MAX_NESTING + 1))).toBe(arrays(MAX_NESTING, '[]'));
    expect(cutDeepNesting('{"a":[[1,[2]],3],"b":[4]}', 2)).toBe('{"a":[[],3],"b":[4]}');
  });

  it('reads brackets and escaped quotes inside strings as text', () => {
    const text = '[["[[[\\"]]]", {"k]": "\\\\"}]]';
    expect(cutDeepNesting(text, 1)).toBe('[[]]');
    expect(cutDeepNesting(text, 2)).toBe('[["[[[\\"]]]", []]]');
  });

  it.each([
    ['unclosed', '['.repeat(1_000_000), /Unexpected end of JSON input/],
    ['closed by the wrong bracket', `${'['.repeat(1_000_000)}}`, /Unexpected token '}'/],
    ['holding an open string', `${'['.repeat(1_000_000)}"abc`, /Unterminated string/],
    ['closed once too often', `${arrays(1_000_000)}]`, /non-whitespace character after JSON/],
  ])('keeps a deep part %s not JSON, and JSON.parse never sees its depth', (_, text, message) => {
    expect(cutDeepNesting(text).length).toBeLessThan(100);
    const result = parseJsonText(text);
    expect(result).toMatchObject({ ok: false, reason: 'not-json' });
    if (!result.ok && result.reason === 'not-json') expect(result.message).toMatch(message);
  });

  it('leaves shallow text that is not JSON as it is', () => {
    for (const text of ['[}', '{"a":"b', '[[1]', '{}]']) expect(cutDeepNesting(text)).toBe(text);
  });
});

describe('parsing untrusted JSON text', () => {
  it('gives a value no deeper than MAX_NESTING (and an empty array below), however deep the text', () => {
    const result = parseJsonText(`{"a":${arrays(1_000_000)},"b":2}`);
    expect(result).toMatchObject({ ok: true, value: { b: 2 } });
    if (result.ok) expect(nestingOf(result.value)).toBe(MAX_NESTING + 1);
  });

  it('counts only what is left after the cut against the limit, and reports the whole length', () => {
    expect(parseJsonText(arrays(100_000), 100)).toMatchObject({ ok: true });
    expect(parseJsonText(`"${'x'.repeat(200)}"`, 100)).toEqual({
      ok: false,
      reason: 'too-long',
      length: 202,
    });
  });

  it('ignores a byte-order mark and passes on the parser’s message', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const result = parseJsonText('{"a":');
    expect(result).toMatchObject({ ok: false, reason: 'not-json' });
    if (!result.ok && result.reason === 'not-json') expect(result.message).toMatch(/JSON/);
  });
});

describe('copying untrusted values', () => {
  it('copies at most MAX_NESTING levels (and an empty array below), without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const copy = deepCopy(deep);
    expect(nestingOf(copy)).toBe(MAX_NESTING + 1);
    expect(JSON.stringify(copy)).toBe(`${'{"a":'.repeat(MAX_NESTING)}[]${'}'.repeat(MAX_NESTING)}`);
  });

  it('copies, shares nothing, and keeps an own __proto__ key a plain key', () => {
    const original = JSON.parse('{"a":[1,{"b":"c"}],"__proto__":{"polluted":true}}') as Record<
      string,
      unknown
    >;
    const copy = deepCopy(original);
    expect(copy).toEqual(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    (copy.a as unknown[]).push(2);
    expect(original.a).toEqual([1, { b: 'c' }]);
  });
});
