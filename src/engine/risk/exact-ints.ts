/**
 * Exact integers (cents) for many runs, compact: a Float64Array while every value is a safe
 * integer (the common case: whole numbers, so no binary rounding touches them), a bigint[] once one
 * is not. Both survive structured cloning, so a worker's partial result crosses over as it is.
 */
export type ExactInts = Float64Array | bigint[];

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Fills an ExactInts slot by slot, switching to bigint[] the first time a value needs it. */
export class ExactIntsWriter {
  values: ExactInts;

  constructor(length: number) {
    this.values = new Float64Array(length);
  }

  set(i: number, v: number | bigint): void {
    const values = this.values;
    if (values instanceof Float64Array) {
      if (typeof v === 'number') {
        values[i] = v;
        return;
      }
      if (v >= -MAX_SAFE && v <= MAX_SAFE) {
        values[i] = Number(v);
        return;
      }
      this.values = Array.from(values, (x) => BigInt(x));
    }
    (this.values as bigint[])[i] = BigInt(v);
  }
}

/** The parts one after the other, as numbers if every part is, else as bigints. */
export function concatExact(parts: readonly ExactInts[]): ExactInts {
  const length = parts.reduce((n, p) => n + p.length, 0);
  if (parts.every((p) => p instanceof Float64Array)) {
    const out = new Float64Array(length);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }
  const out: bigint[] = [];
  for (const p of parts) for (const v of p) out.push(BigInt(v));
  return out;
}

/** Σ values, exactly. */
export function sumExact(values: ExactInts): bigint {
  let total = 0n;
  if (values instanceof Float64Array) {
    // A float64 running sum while it is provably exact, flushed to BigInt before it could not be.
    let chunk = 0;
    for (const v of values) {
      if (Math.abs(chunk) + Math.abs(v) > Number.MAX_SAFE_INTEGER) {
        total += BigInt(chunk);
        chunk = 0;
      }
      chunk += v;
    }
    return total + BigInt(chunk);
  }
  for (const v of values) total += v;
  return total;
}

/** How many values are below 0. */
export function countNegative(values: ExactInts): number {
  let n = 0;
  for (const v of values) if (v < 0) n++;
  return n;
}
