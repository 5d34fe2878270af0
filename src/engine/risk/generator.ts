/**
 * The random numbers of the risk analysis (spec section 10.2): one short sfc32 stream per
 * (seed, run, field index), seeded through fmix32. Keying the stream by all three, instead of
 * drawing from one long stream, is what lets a run be recomputed alone and lets ranges be added,
 * removed or reordered without moving any other field's sample.
 *
 * Every operation is on unsigned 32-bit words: Math.imul for products, `| 0` after sums, `>>> 0`
 * where the unsigned value itself is needed. The numbers are bits, not amounts: doubles appear only
 * in the final u.
 */

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the whole word. */
export function fmix32(input: number): number {
  let h = input | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** An sfc32 stream for (seed, run, index): each call returns the next unsigned 32-bit output. */
export function sfc32Stream(seed: number, run: number, index: number): () => number {
  let a = fmix32(seed ^ 0x9e3779b9);
  let b = fmix32(run ^ 0x85ebca6b);
  let c = fmix32(index ^ 0xc2b2ae35);
  let d = 1;
  return () => {
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/** Outputs thrown away before use: the first ones still show the structure of the seed words. */
const DISCARD = 24;
const TWO_26 = 67108864;
const TWO_53 = 9007199254740992;

/** u in [0, 1) for (seed, run, index): 53 random bits, 27 from one output and 26 from the next. */
export function uniform(seed: number, run: number, index: number): number {
  const next = sfc32Stream(seed, run, index);
  for (let i = 0; i < DISCARD; i++) next();
  const x1 = next();
  const x2 = next();
  return ((x1 >>> 5) * TWO_26 + (x2 >>> 6)) / TWO_53;
}
