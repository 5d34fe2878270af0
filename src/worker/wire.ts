/**
 * Converting the engine's result to the wire format (in the worker) and back (on the main thread).
 * The values stay exact integers the whole way (chart floats are made on the main thread, from them).
 */
import { PARTNER_KEYS } from '../engine';
import type { IntColumn, PartnerMonths, SimulationResult } from '../engine';
import type { WireIntColumn, WirePartnerMonths, WireResult } from './protocol';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function fitsInt64(values: readonly bigint[]): boolean {
  return values.every((v) => v >= INT64_MIN && v <= INT64_MAX);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const TWO_POW_32 = 4294967296;
/** High 32-bit words in [-2^21, 2^21) give |value| < 2^53: exactly representable as a double. */
const HIGH_WORD_LIMIT = 2 ** 21;

/**
 * Whole numbers within ±2^53 (the engine's contract for Float64Array columns) as int64. Written
 * as two 32-bit words, which is exact (high = floor(v / 2^32), low = the rest, both exact in
 * doubles) and allocates no BigInt per value: a 6,000-month result has ~90,000 of them.
 */
function float64ToInt64(col: Float64Array): BigInt64Array {
  const out = new BigInt64Array(col.length);
  if (!LITTLE_ENDIAN) {
    for (let i = 0; i < col.length; i++) out[i] = BigInt(col[i] as number);
    return out;
  }
  const words = new Int32Array(out.buffer);
  for (let i = 0; i < col.length; i++) {
    const v = col[i] as number;
    const high = Math.floor(v / TWO_POW_32);
    words[2 * i] = v - high * TWO_POW_32; // 0 … 2^32 − 1, stored as its two's-complement bits
    words[2 * i + 1] = high;
  }
  return out;
}

export function columnToWire(col: IntColumn): WireIntColumn {
  if (col instanceof BigInt64Array) return col;
  if (col instanceof Float64Array) return float64ToInt64(col);
  return fitsInt64(col) ? BigInt64Array.from(col) : col.map((v) => v.toString());
}

/**
 * Back to the engine's fast form: a Float64Array of whole numbers when every value is below 2^53
 * (then every reader, chart or table, gets plain numbers), else the int64 column as it came.
 * The int64s are read as two 32-bit words, which is exact and allocates no BigInt per value.
 */
function int64ToFloat64(col: BigInt64Array): IntColumn {
  if (!LITTLE_ENDIAN) return col;
  const words = new Int32Array(col.buffer, col.byteOffset, col.length * 2);
  const out = new Float64Array(col.length);
  for (let i = 0; i < col.length; i++) {
    const high = words[2 * i + 1] as number;
    if (high < -HIGH_WORD_LIMIT || high >= HIGH_WORD_LIMIT) return col;
    out[i] = high * TWO_POW_32 + ((words[2 * i] as number) >>> 0);
  }
  return out;
}

export function columnFromWire(col: WireIntColumn): IntColumn {
  return col instanceof BigInt64Array ? int64ToFloat64(col) : col.map((text) => BigInt(text));
}

const PARTNER_COLUMNS = [
  'cost',
  'share',
  'position',
  'catchUp',
  'equalSplit',
  'proportional',
] as const satisfies readonly (keyof PartnerMonths)[];
type PartnerColumn = (typeof PARTNER_COLUMNS)[number];

/** Each of a partner's columns through `convert`, by the one list of its columns. */
function mapPartner<From, To>(
  p: Readonly<Record<PartnerColumn, From>>,
  convert: (col: From) => To,
): Record<PartnerColumn, To> {
  return Object.fromEntries(PARTNER_COLUMNS.map((c) => [c, convert(p[c])])) as Record<
    PartnerColumn,
    To
  >;
}

function partnerToWire(p: PartnerMonths): WirePartnerMonths {
  return mapPartner(p, columnToWire);
}

function partnerFromWire(p: WirePartnerMonths): PartnerMonths {
  return mapPartner(p, columnFromWire);
}

export function resultToWire(result: SimulationResult): WireResult {
  return {
    horizonMonths: result.horizonMonths,
    phase: result.phase,
    instances: columnToWire(result.instances),
    billedInstances: result.billedInstances,
    price: columnToWire(result.price),
    revenue: columnToWire(result.revenue),
    msp: partnerToWire(result.msp),
    isv: partnerToWire(result.isv),
    summary: result.summary,
  };
}

/** The buffers of every typed array in a wire result, to transfer rather than copy. */
export function transferablesOf(wire: WireResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (col: WireIntColumn | Float64Array | Uint8Array) => {
    if (ArrayBuffer.isView(col) && col.buffer instanceof ArrayBuffer) buffers.add(col.buffer);
  };
  add(wire.phase);
  add(wire.instances);
  add(wire.billedInstances);
  add(wire.price);
  add(wire.revenue);
  for (const key of PARTNER_KEYS) {
    for (const column of PARTNER_COLUMNS) add(wire[key][column]);
  }
  return [...buffers];
}

export function resultFromWire(wire: WireResult): SimulationResult {
  return {
    horizonMonths: wire.horizonMonths,
    phase: wire.phase,
    instances: columnFromWire(wire.instances),
    billedInstances: wire.billedInstances,
    price: columnFromWire(wire.price),
    revenue: columnFromWire(wire.revenue),
    msp: partnerFromWire(wire.msp),
    isv: partnerFromWire(wire.isv),
    summary: wire.summary,
  };
}
