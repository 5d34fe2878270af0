import { FROZEN_DEFAULTS } from './frozen-defaults';
import { deepCopy, type RawObject } from './raw';

/**
 * Link format versions (Firefox Profiler's url-handling pattern). Every scenario that leaves the
 * app (link, file, saved entry) carries its format `version`. Reading one from an older version
 * runs the upgraders in order, each turning the raw data of version v−1 into raw version v, until
 * it is the current version; only then is it validated.
 */

/**
 * Turns a complete raw object of the previous version into raw data of its own version. Its input
 * is untrusted: any value may be of the wrong type, so an upgrader moves and converts what it
 * finds and leaves judging validity to the gate. It may change its argument.
 */
export type Upgrader = (previous: Record<string, unknown>) => Record<string, unknown>;

export interface LinkFormat {
  /** The version this app writes and the newest it reads. */
  readonly current: number;
  /** The oldest version still read. */
  readonly first: number;
  /** Frozen defaults of every version from `first` to `current`: what a link may leave out. */
  readonly defaults: Readonly<Record<number, RawObject>>;
  /** `upgraders[v]` turns version v−1 into version v, for every v from first+1 to current. */
  readonly upgraders: Readonly<Record<number, Upgrader>>;
}

/**
 * Checks that the chain from `first` to `current` is complete: defaults for every version and an
 * upgrader for every step. Runs when the module loads, so a missing upgrader stops the app (and
 * every test) at once instead of silently misreading old links.
 */
export function checkLinkFormat(format: LinkFormat): LinkFormat {
  const { first, current } = format;
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(current) || first > current) {
    throw new Error(`Link format: versions ${first}…${current} are not a range`);
  }
  for (let v = first; v <= current; v++) {
    if (!Object.hasOwn(format.defaults, v)) {
      throw new Error(`Link format: no frozen defaults for version ${v}`);
    }
    if (v > first && !Object.hasOwn(format.upgraders, v)) {
      throw new Error(`Link format: no upgrader from version ${v - 1} to ${v}`);
    }
  }
  return format;
}

/** Today's format: only version 1 exists, so there are no upgraders yet. */
export const CURRENT_LINK_VERSION = 1;

export const LINK_FORMAT: LinkFormat = checkLinkFormat({
  current: CURRENT_LINK_VERSION,
  first: 1,
  defaults: FROZEN_DEFAULTS,
  upgraders: {},
});

/** Runs the upgraders from `fromVersion` to the format's current version on a copy of `raw`. */
export function upgradeToCurrent(
  raw: Record<string, unknown>,
  fromVersion: number,
  format: LinkFormat,
): Record<string, unknown> {
  let data = deepCopy(raw);
  for (let v = fromVersion + 1; v <= format.current; v++) {
    const upgrader = format.upgraders[v];
    if (!upgrader) throw new Error(`Link format: no upgrader to version ${v}`);
    data = upgrader(data);
    data.version = v;
  }
  return data;
}
