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

/** sfc32's state words a, b, c, d for (seed, run, index), written into `state`. */
function seedState(state: Int32Array, seed: number, run: number, index: number): void {
  state[0] = fmix32(seed ^ 0x9e3779b9);
  state[1] = fmix32(run ^ 0x85ebca6b);
  state[2] = fmix32(index ^ 0xc2b2ae35);
  state[3] = 1;
}

/** One sfc32 step on `state`: its next unsigned 32-bit output. */
function next(state: Int32Array): number {
  const a = state[0] ?? 0;
  const b = state[1] ?? 0;
  const c = state[2] ?? 0;
  const d = ((state[3] ?? 0) + 1) | 0;
  const t = (((a + b) | 0) + d) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  state[3] = d;
  return t >>> 0;
}

/** An sfc32 stream for (seed, run, index): each call returns the next unsigned 32-bit output. */
export function sfc32Stream(seed: number, run: number, index: number): () => number {
  const state = new Int32Array(4);
  seedState(state, seed, run, index);
  return () => next(state);
}

/** Outputs thrown away before use: the first ones still show the structure of the seed words. */
const DISCARD = 24;
const TWO_26 = 67108864;
const TWO_53 = 9007199254740992;
/** One state reused by every call (sampling is synchronous): no allocation per value. */
const shared = new Int32Array(4);

/** u in [0, 1) for (seed, run, index): 53 random bits, 27 from one output and 26 from the next. */
export function uniform(seed: number, run: number, index: number): number {
  seedState(shared, seed, run, index);
  for (let i = 0; i < DISCARD; i++) next(shared);
  const x1 = next(shared);
  const x2 = next(shared);
  return ((x1 >>> 5) * TWO_26 + (x2 >>> 6)) / TWO_53;
}
