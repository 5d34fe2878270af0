// lz-string is a CommonJS module: a default import works in Vite, vitest and Node's ESM loader
// alike (named imports fail in Node, which cannot see its exports statically).
import lzString from 'lz-string';
import type { Scenario } from '../engine';
import { restoreScenarioJson, type GateResult } from './gate';
import { isRawObject, type RawObject } from './raw';
import { CURRENT_LINK_VERSION, LINK_FORMAT, type LinkFormat } from './versions';

/**
 * The link codec. A link's hash is `#s=` followed by lz-string's compressToEncodedURIComponent of
 * a JSON scenario with its `version`, leaving out every field (also nested) equal to the frozen
 * defaults of that version, so the default scenario's link is a few dozen characters.
 */

export const HASH_KEY = 's';
const HASH_PREFIX = `#${HASH_KEY}=`;

/**
 * Most characters of compressed text read. A complete scenario with the longest names compresses
 * to well under 2,000; the cap also bounds how much a hostile link can make lz-string inflate.
 */
export const MAX_LINK_CHARS = 20_000;

/** The fields of `value` that differ from `base`, recursively; objects with no difference vanish. */
function difference(value: Record<string, unknown>, base: RawObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const baseInner = Object.hasOwn(base, key) ? base[key] : undefined;
    if (isRawObject(inner) && isRawObject(baseInner)) {
      const nested = difference(inner, baseInner as RawObject);
      if (Object.keys(nested).length > 0) out[key] = nested;
    } else if (inner !== baseInner) out[key] = inner;
  }
  return out;
}

/** The compact JSON object a link carries: the version plus whatever differs from its defaults. */
export function toLinkData(scenario: Scenario, format: LinkFormat = LINK_FORMAT): object {
  const defaults = format.defaults[format.current] ?? {};
  const data: Record<string, unknown> = { ...scenario };
  return { version: format.current, ...difference(data, defaults) };
}

/** The hash for a scenario: `#s=…`. */
export function encodeScenarioHash(scenario: Scenario): string {
  return HASH_PREFIX + lzString.compressToEncodedURIComponent(JSON.stringify(toLinkData(scenario)));
}

/** A full address for a scenario, based on the page's own address without its hash. */
export function scenarioLink(scenario: Scenario, pageUrl: string): string {
  const hashAt = pageUrl.indexOf('#');
  const base = hashAt < 0 ? pageUrl : pageUrl.slice(0, hashAt);
  return base + encodeScenarioHash(scenario);
}

/** The compressed part of a hash, or null when the hash carries no scenario (empty, or an anchor). */
export function scenarioPayload(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${HASH_KEY}=`;
  return body.startsWith(prefix) ? body.slice(prefix.length) : null;
}

/** Undoes percent-encoding that some chat and mail programs add to `$` and `+`; keeps the text if it is not valid. */
function percentDecoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Reads the compressed payload of a link through the gate. Never throws. */
export function decodeScenarioPayload(
  payload: string,
  format: LinkFormat = LINK_FORMAT,
): GateResult {
  if (payload.trim() === '') return { ok: false, reason: 'empty' };
  if (payload.length > MAX_LINK_CHARS) {
    return { ok: false, reason: 'too-long', length: payload.length };
  }
  let json: string | null;
  try {
    json = lzString.decompressFromEncodedURIComponent(percentDecoded(payload));
  } catch {
    json = null;
  }
  // lz-string answers garbage with null or an empty string rather than an error.
  if (json === null || json === '') return { ok: false, reason: 'not-decodable' };
  return restoreScenarioJson(json, format);
}

/**
 * Reads a page hash. `null` means the hash carries no scenario at all (the app keeps its
 * defaults silently); otherwise the gate's result.
 */
export function decodeScenarioHash(
  hash: string,
  format: LinkFormat = LINK_FORMAT,
): GateResult | null {
  const payload = scenarioPayload(hash);
  return payload === null ? null : decodeScenarioPayload(payload, format);
}

export { CURRENT_LINK_VERSION };
