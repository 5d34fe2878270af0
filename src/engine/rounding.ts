/**
 * The engine's rounding, in one place (spec section 2). Everything here works on exact integers:
 * cents, millionths or other scaled units, as `bigint`, or as `number` where the caller has proved
 * every value involved is a safe integer. No function here lets binary floating point decide a
 * rounding.
 */

/** floor(n / d) for any sign of n, d > 0. */
export function floorDivBig(n: bigint, d: bigint): bigint {
  const q = n / d; // truncates toward zero
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** n / d rounded half away from zero (decimal.js ROUND_HALF_UP), d > 0. */
export function roundDivBig(n: bigint, d: bigint): bigint {
  if (n >= 0n) return (2n * n + d) / (2n * d);
  return -((2n * -n + d) / (2n * d));
}

/**
 * allocate(amount, wa, wb) of spec section 2, exact in BigInt: partner a's part,
 * round2(amount × wa / (wa + wb)) half away from zero. amount, wa, wb ≥ 0. Partner b gets the rest.
 */
export function allocateBig(amount: bigint, wa: bigint, wb: bigint): bigint {
  let s = wa + wb;
  let w = wa;
  if (s === 0n) {
    s = 2n;
    w = 1n;
  }
  return (2n * amount * w + s) / (2n * s);
}

const TWO26 = 2 ** 26;
const TWO51 = 2 ** 51;
const TWO52 = 2 ** 52;

/** x mod 2^52 in [0, 2^52), for any integer |x| < 2^53 (exact: the division is by a power of 2). */
export function mod52(x: number): number {
  return x - Math.floor(x / TWO52) * TWO52;
}

/** (x · y) mod 2^52 for safe integers x, y ≥ 0, exactly, in float64. */
export function mulMod52(x: number, y: number): number {
  // x = x1·2^26 + x0 and y = y1·2^26 + y0 with x1, y1 < 2^27 and x0, y0 < 2^26, so
  // x·y ≡ (x1·y0 + x0·y1)·2^26 + x0·y0 (mod 2^52). Each partial product is < 2^53, and each is
  // reduced mod 2^26 before the sum so that nothing leaves the safe range.
  const x1 = Math.floor(x / TWO26);
  const x0 = x - x1 * TWO26;
  const y1 = Math.floor(y / TWO26);
  const y0 = y - y1 * TWO26;
  const p = x1 * y0;
  const q = x0 * y1;
  const mid = p - Math.floor(p / TWO26) * TWO26 + (q - Math.floor(q / TWO26) * TWO26); // < 2^27
  return mod52((mid - Math.floor(mid / TWO26) * TWO26) * TWO26 + x0 * y0);
}

/** A residue mod 2^52 read as the signed integer in [−2^51, 2^51) it stands for. */
export function signed52(r: number): number {
  return r >= TWO51 ? r - TWO52 : r;
}

/**
 * round(a · w / s) half up, exactly, for integers 0 ≤ a < 2^48 and 0 ≤ w ≤ s < 2^48, s > 0,
 * in float64 only (no BigInt, no allocation).
 *
 * Why it is exact: the true quotient a·w/s is ≤ a < 2^48 and the float estimate fl(fl(a·w)/s) has
 * a relative error below 2^-52, i.e. an absolute error below 1/16, so q̂ = floor(estimate) is
 * within 1 of floor(a·w/s). The remainder D = a·w − q̂·s is then in [−s, 2s) ⊂ (−2^51, 2^51), so
 * it is determined by its value mod 2^52, which mulMod52 computes exactly. The correction loops
 * run at most once each and bring q̂ to the true floor.
 */
export function mulDivHalfUp(a: number, w: number, s: number): number {
  let q = Math.floor((a * w) / s);
  let d = signed52(mod52(mulMod52(a, w) - mulMod52(q, s)));
  while (d < 0) {
    q -= 1;
    d += s;
  }
  while (d >= s) {
    q += 1;
    d -= s;
  }
  return 2 * d >= s ? q + 1 : q;
}

/**
 * allocate(amount, wa, wb) of spec section 2 for the fast path: partner a's part in cents.
 * Requires 0 ≤ amount, wa, wb and amount, wa + wb < 2^48 (guaranteed by the fast path's bound).
 *
 * When amount·wa is a safe integer, float division then floor is exact: the true quotient's
 * fraction is 0 or at least 1/s away from the next integer, more than the half-ulp error of the
 * division as long as amount·wa ≤ 2^53. Otherwise mulDivHalfUp handles the wide product.
 */
export function allocateFast(amount: number, wa: number, wb: number): number {
  let s = wa + wb;
  let w = wa;
  if (s === 0) {
    s = 2;
    w = 1;
  }
  const product = amount * w;
  // A float product ≤ MAX_SAFE_INTEGER means the exact product is too (rounding is monotone).
  if (product <= Number.MAX_SAFE_INTEGER) {
    const q = Math.floor(product / s);
    const r = product - q * s;
    return 2 * r >= s ? q + 1 : q;
  }
  return mulDivHalfUp(amount, w, s);
}
