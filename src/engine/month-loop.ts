import type { Plan } from './plan';
import { allocateBig, allocateFast } from './rounding';

/**
 * The month loop of spec sections 4–5: costs, revenue, the five phases and the positions.
 *
 * It exists twice, side by side, with the same statements in the same order: `runFast` on float64
 * integers (exact because simulate only picks it when a bound proves every monthly amount stays
 * below 2^48 and every running total below 2^53), and `runBig` on BigInt for everything else.
 * JavaScript cannot write one loop generic over number and bigint without making the fast one
 * many times slower, so the two copies are kept textually parallel here, and a property test
 * checks that they agree month for month.
 *
 * `runFast` can write into columns the caller owns (`into`, at least `horizon` long), and both
 * loops can write only the columns the caller reads (`record: 'positions'`): the risk analysis
 * runs thousands of scenarios of one horizon and reads only the positions and the revenue of
 * each. Allocating sixteen fresh typed arrays per run would cost more than the run itself, and
 * the twelve other stores per month cost about a quarter of the loop's time.
 */
/**
 * Which columns a loop writes: all, or only the revenue and both positions (runFast's other
 * columns keep what they held, runBig's stay empty).
 */
export type Recorded = 'all' | 'positions';

export interface Columns<T> {
  cost: T;
  share: T;
  position: T;
  catchUp: T;
  equalSplit: T;
  proportional: T;
}

export interface MoneyColumns<T> {
  phase: Uint8Array;
  price: T;
  revenue: T;
  msp: Columns<T>;
  isv: Columns<T>;
}

function partnerColumns<T>(make: () => T): Columns<T> {
  return {
    cost: make(),
    share: make(),
    position: make(),
    catchUp: make(),
    equalSplit: make(),
    proportional: make(),
  };
}

/** Fresh columns for `horizon` months; runFast's `into` must be exactly this long. */
export function fastColumns(horizon: number): MoneyColumns<Float64Array> {
  const make = (): Float64Array => new Float64Array(horizon);
  return {
    phase: new Uint8Array(horizon),
    price: make(),
    revenue: make(),
    msp: partnerColumns(make),
    isv: partnerColumns(make),
  };
}

export function runFast(
  plan: Plan,
  billed: Float64Array,
  into: MoneyColumns<Float64Array> = fastColumns(plan.horizon),
  record: Recorded = 'all',
): MoneyColumns<Float64Array> {
  const { horizon: h, goLive, initMonth, msp, isv } = plan;
  const all = record === 'all';
  const prices = plan.price.map(Number);
  const [fixedA, unitA, fixedB, unitB] = [msp.fixed, msp.unit, isv.fixed, isv.unit].map((x) =>
    x.map(Number),
  ) as [number[], number[], number[], number[]];
  const eachA = Number(msp.initEach);
  const lastA = Number(msp.initLast);
  const eachB = Number(isv.initEach);
  const lastB = Number(isv.initLast);
  const { phase, price: priceCol, revenue, msp: a, isv: b } = into;
  let [pa, pb, fa, ua, fb, ub] = [0, 0, 0, 0, 0, 0];
  let price = prices[0] ?? 0;
  for (let i = 0; i < h; i++) {
    const m = i + 1;
    if (i % 12 === 0) {
      const y = i / 12;
      [fa, ua, fb, ub] = [fixedA[y] ?? 0, unitA[y] ?? 0, fixedB[y] ?? 0, unitB[y] ?? 0];
    }
    let ia = 0;
    let ib = 0;
    if (m < initMonth) {
      ia = eachA;
      ib = eachB;
    } else if (m === initMonth) {
      ia = lastA;
      ib = lastB;
    }
    const n = billed[i] ?? 0;
    const ca = ia + fa + ua * n;
    const cb = ib + fb + ub * n;
    let r = 0;
    if (m >= goLive) {
      if ((m - goLive) % 12 === 0) price = prices[(m - goLive) / 12] ?? 0;
      r = n * price;
    }
    let ph = 1;
    // Separate scalars, not a destructured array: nothing is allocated per month.
    let sa = 0;
    let xa = 0;
    let xb = 0;
    let ya = 0;
    let yb = 0;
    let za = 0;
    let zb = 0;
    if (m < goLive) {
      // Phase 1, investment: nobody gets anything.
    } else if (r < ca + cb) {
      ph = 2;
      sa = allocateFast(r, ca, cb);
    } else {
      const la = pa < 0 ? -pa : 0;
      const lb = pb < 0 ? -pb : 0;
      if (la - lb > 1 || lb - la > 1) ph = 3;
      else if (la > 0 || lb > 0) ph = 4;
      else ph = 5;
      let profit = r - ca - cb;
      if (la > lb) {
        xa = Math.min(profit, la - lb);
        profit -= xa;
      } else if (lb > la) {
        xb = Math.min(profit, lb - la);
        profit -= xb;
      }
      const loss = la - xa; // equals lb − xb whenever profit is left
      if (profit > 0 && loss > 0) {
        if (profit >= 2 * loss) {
          ya = loss;
          yb = loss;
          profit -= 2 * loss;
        } else {
          ya = allocateFast(profit, 1, 1);
          yb = profit - ya;
          profit = 0;
        }
      }
      if (profit > 0) {
        za = allocateFast(profit, ca, cb);
        zb = profit - za;
      }
      sa = ca + xa + ya + za;
    }
    const sb = r - sa;
    pa += sa - ca;
    pb += sb - cb;
    revenue[i] = r;
    a.position[i] = pa;
    b.position[i] = pb;
    if (all) {
      phase[i] = ph;
      priceCol[i] = price;
      a.cost[i] = ca;
      a.share[i] = sa;
      a.catchUp[i] = xa;
      a.equalSplit[i] = ya;
      a.proportional[i] = za;
      b.cost[i] = cb;
      b.share[i] = sb;
      b.catchUp[i] = xb;
      b.equalSplit[i] = yb;
      b.proportional[i] = zb;
    }
  }
  return into;
}

/** runBig with `record: 'positions'` leaves the columns it does not write empty. */
export function runBig(
  plan: Plan,
  billed: Float64Array,
  record: Recorded = 'all',
): MoneyColumns<bigint[]> {
  const { horizon: h, goLive, initMonth, msp, isv } = plan;
  const all = record === 'all';
  const make = (): bigint[] => new Array<bigint>(h).fill(0n);
  const makeIfAll = (): bigint[] => (all ? make() : []);
  const prices = plan.price;
  const [fixedA, unitA, fixedB, unitB] = [msp.fixed, msp.unit, isv.fixed, isv.unit];
  const eachA = msp.initEach;
  const lastA = msp.initLast;
  const eachB = isv.initEach;
  const lastB = isv.initLast;
  const phase = new Uint8Array(h);
  const priceCol = makeIfAll();
  const revenue = make();
  const a = partnerColumns(makeIfAll);
  const b = partnerColumns(makeIfAll);
  if (!all) {
    a.position = make();
    b.position = make();
  }
  let [pa, pb, fa, ua, fb, ub] = [0n, 0n, 0n, 0n, 0n, 0n];
  let price = prices[0] ?? 0n;
  for (let i = 0; i < h; i++) {
    const m = i + 1;
    if (i % 12 === 0) {
      const y = i / 12;
      [fa, ua, fb, ub] = [fixedA[y] ?? 0n, unitA[y] ?? 0n, fixedB[y] ?? 0n, unitB[y] ?? 0n];
    }
    let ia = 0n;
    let ib = 0n;
    if (m < initMonth) {
      ia = eachA;
      ib = eachB;
    } else if (m === initMonth) {
      ia = lastA;
      ib = lastB;
    }
    const n = BigInt(billed[i] ?? 0);
    const ca = ia + fa + ua * n;
    const cb = ib + fb + ub * n;
    let r = 0n;
    if (m >= goLive) {
      if ((m - goLive) % 12 === 0) price = prices[(m - goLive) / 12] ?? 0n;
      r = n * price;
    }
    let ph = 1;
    let sa = 0n;
    let xa = 0n;
    let xb = 0n;
    let ya = 0n;
    let yb = 0n;
    let za = 0n;
    let zb = 0n;
    if (m < goLive) {
      // Phase 1, investment: nobody gets anything.
    } else if (r < ca + cb) {
      ph = 2;
      sa = allocateBig(r, ca, cb);
    } else {
      const la = pa < 0n ? -pa : 0n;
      const lb = pb < 0n ? -pb : 0n;
      if (la - lb > 1n || lb - la > 1n) ph = 3;
      else if (la > 0n || lb > 0n) ph = 4;
      else ph = 5;
      let profit = r - ca - cb;
      if (la > lb) {
        xa = profit < la - lb ? profit : la - lb;
        profit -= xa;
      } else if (lb > la) {
        xb = profit < lb - la ? profit : lb - la;
        profit -= xb;
      }
      const loss = la - xa; // equals lb − xb whenever profit is left
      if (profit > 0n && loss > 0n) {
        if (profit >= 2n * loss) {
          ya = loss;
          yb = loss;
          profit -= 2n * loss;
        } else {
          ya = allocateBig(profit, 1n, 1n);
          yb = profit - ya;
          profit = 0n;
        }
      }
      if (profit > 0n) {
        za = allocateBig(profit, ca, cb);
        zb = profit - za;
      }
      sa = ca + xa + ya + za;
    }
    const sb = r - sa;
    pa += sa - ca;
    pb += sb - cb;
    revenue[i] = r;
    a.position[i] = pa;
    b.position[i] = pb;
    if (all) {
      phase[i] = ph;
      priceCol[i] = price;
      a.cost[i] = ca;
      a.share[i] = sa;
      a.catchUp[i] = xa;
      a.equalSplit[i] = ya;
      a.proportional[i] = za;
      b.cost[i] = cb;
      b.share[i] = sb;
      b.catchUp[i] = xb;
      b.equalSplit[i] = yb;
      b.proportional[i] = zb;
    }
  }
  return { phase, price: priceCol, revenue, msp: a, isv: b };
}
