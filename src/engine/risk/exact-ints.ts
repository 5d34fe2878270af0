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

  /** values[at + j × stride] = source[indices[j]] for every j: a run's band points, tightly. */
  gather(
    at: number,
    stride: number,
    source: Float64Array | readonly bigint[],
    indices: Int32Array,
  ): void {
    const values = this.values;
    if (values instanceof Float64Array && source instanceof Float64Array) {
      for (let j = 0; j < indices.length; j++) {
        values[at + j * stride] = source[indices[j] ?? 0] ?? 0;
      }
      return;
    }
    for (let j = 0; j < indices.length; j++) {
      this.set(at + j * stride, source[indices[j] ?? 0] ?? 0n);
    }
  }
}

/**
 * Blocks of the parts interleaved: block j of the result is block j of each part in turn, where
 * part i's blocks are `lengths[i]` long. (Band points are stored month by month, so slices of
 * runs merge this way; a single block each is plain concatenation.)
 */
export function interleaveExact(
  parts: readonly ExactInts[],
  lengths: readonly number[],
  blocks: number,
): ExactInts {
  const total = lengths.reduce((n, l) => n + l, 0);
  const numbers = parts.every((p) => p instanceof Float64Array);
  const out: ExactInts = numbers ? new Float64Array(total * blocks) : [];
  let at = 0;
  for (let j = 0; j < blocks; j++) {
    parts.forEach((part, i) => {
      const n = lengths[i] ?? 0;
      if (out instanceof Float64Array && part instanceof Float64Array) {
        out.set(part.subarray(j * n, (j + 1) * n), at);
      } else {
        for (let k = 0; k < n; k++) (out as bigint[])[at + k] = BigInt(part[j * n + k] ?? 0);
      }
      at += n;
    });
  }
  return out;
}

/** The parts one after the other, as numbers if every part is, else as bigints. */
export function concatExact(parts: readonly ExactInts[]): ExactInts {
  return interleaveExact(
    parts,
    parts.map((p) => p.length),
    1,
  );
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
