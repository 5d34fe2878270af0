/**
 * Helpers for raw, untrusted JSON-like data. Nothing here trusts a prototype: keys are read only
 * when they are the object's own, and objects we build have no prototype surprises because we
 * only ever copy keys we know (from a defaults tree), never keys we were given.
 */

export type RawValue = string | number | boolean | null | RawObject | readonly RawValue[];
export interface RawObject {
  readonly [key: string]: RawValue;
}

/** A plain JSON object: not null, not an array. */
export function isRawObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own key, or undefined (never something inherited such as `constructor`). */
export function ownValue(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Freezes a tree so the frozen defaults of a link version can never be changed by accident. Only
 * for our own, shallow data: it recurses.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * How many levels of arrays and objects untrusted data may nest (the scenario object is level 1,
 * a section such as `msp` level 2). A valid scenario needs 2; the rest is headroom for later
 * formats. Whatever lies deeper is cut off: its field is invalid anyway and is reported as such,
 * and nothing after the cut ever walks (or overflows the stack on) thousands of levels.
 */
export const MAX_NESTING = 32;

/** What stands in for an array or object nested deeper than MAX_NESTING: never a valid field value. */
const cutOff = (): RawValue[] => [];

/**
 * A mutable deep copy of JSON-like data (upgraders may rewrite their input) in which any array or
 * object deeper than MAX_NESTING levels is an empty array. Iterative, not `structuredClone`: that recurses once per level, so a value nested a
 * few thousand deep threw a RangeError and took every other field of the input with it. Keys are
 * defined, not assigned, so an own `__proto__` key stays a plain key and changes no prototype.
 */
export function deepCopy<T>(value: T): T {
  const pending: { from: object; to: object; level: number }[] = [];
  const shallow = (from: unknown, level: number): unknown => {
    if (typeof from !== 'object' || from === null) return from;
    if (level > MAX_NESTING) return cutOff();
    const to: object = Array.isArray(from) ? [] : {};
    pending.push({ from, to, level });
    return to;
  };
  const copy = shallow(value, 1);
  for (let task = pending.pop(); task; task = pending.pop()) {
    const { from, to, level } = task;
    for (const [key, inner] of Object.entries(from)) {
      const innerCopy = shallow(inner, level + 1);
      Object.defineProperty(to, key, {
        value: innerCopy,
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
  }
  return copy as T;
}

/**
 * Calls `visit` for every leaf of a defaults tree (every value that is not a plain object), with its
 * dotted path. The defaults tree defines the shape of a scenario: this is how we walk it. It
 * recurses, so it walks only trusted trees (the frozen defaults), never untrusted input.
 */
export function forEachLeaf(
  tree: RawObject,
  visit: (path: string, value: RawValue) => void,
  prefix = '',
): void {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRawObject(value)) forEachLeaf(value as RawObject, visit, path);
    else visit(path, value);
  }
}
