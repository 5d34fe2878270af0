import Decimal from 'decimal.js';
import type { Scenario } from '../../src/engine/index';

/**
 * A second, deliberately naive implementation of ENGINE_SPEC.md for tests: a line-by-line
 * transcription in decimal.js, one object per operation, sharing no code with src/engine. Slow
 * (fine for short horizons) but easy to check against the spec by reading. Precision 100 digits
 * covers what the tests feed it (horizons ≤ 240 months: amounts below 10^30, products below 10^60).
 */
const D = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

const round2 = (x: Dec): Dec => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
const round6 = (x: Dec): Dec => x.toDecimalPlaces(6, D.ROUND_HALF_UP);
const floor2 = (x: Dec): Dec => x.toDecimalPlaces(2, D.ROUND_FLOOR);
const money = (x: Dec): string => (x.isZero() ? '0.00' : x.toFixed(2));

function allocate(amount: Dec, wa0: Dec, wb0: Dec): [Dec, Dec] {
  const zero = wa0.plus(wb0).isZero();
  const wa = zero ? new D(1) : wa0;
  const wb = zero ? new D(1) : wb0;
  const a = round2(amount.times(wa).dividedBy(wa.plus(wb)));
  return [a, amount.minus(a)];
}

function yearly(first: Dec, pct: string, years: number): Dec[] {
  const out = [first];
  for (let y = 1; y < years; y++)
    out.push(round2(out[y - 1]!.times(new D(pct).dividedBy(100).plus(1))));
  return out;
}

export function referenceCanonical(s: Scenario): unknown {
  const H = s.horizonMonths;
  const k = s.investmentMonths;
  const G = k + 1;
  const years = Math.floor((H - 1) / 12) + 1;
  const partner = (p: Scenario['msp']) => ({
    init: round2(new D(p.initHours).times(p.hourlyRate).plus(p.initOther)),
    fixed: yearly(
      round2(new D(p.monthlyHours).times(p.hourlyRate).plus(p.monthlyOther)),
      s.costs.yearlyChangePct,
      years,
    ),
    unit: yearly(
      round2(new D(p.hoursPerInstance).times(p.hourlyRate).plus(p.otherPerInstance)),
      s.costs.yearlyChangePct,
      years,
    ),
  });
  const parts = { msp: partner(s.msp), isv: partner(s.isv) };
  const price = yearly(round2(new D(s.price.perInstance)), s.price.yearlyChangePct, years);
  const g = new D(s.growth.growthPct).dividedBy(100);
  const c = new D(s.growth.churnPct).dividedBy(100);
  const cap = s.growth.maxInstances;
  const limit = new D(cap ?? 10_000_000);
  const clamp = (x: Dec): Dec => D.min(limit, D.max(0, x));
  const initPart = (init: Dec, m: number): Dec => {
    if (k === 0) return m === 1 ? init : new D(0);
    if (m < k) return floor2(init.dividedBy(k));
    return m === k ? init.minus(floor2(init.dividedBy(k)).times(k - 1)) : new D(0);
  };

  let n = new D(0);
  const pos = { msp: new D(0), isv: new D(0) };
  const tot = {
    msp: { cost: new D(0), share: new D(0) },
    isv: { cost: new D(0), share: new D(0) },
  };
  const low = { msp: new D(0), isv: new D(0) };
  const breakEven: Record<'msp' | 'isv', number | null> = { msp: null, isv: null };
  let together: number | null = null;
  let revenueTotal = new D(0);
  const months: unknown[] = [];
  for (let m = 1; m <= H; m++) {
    if (m === G) n = clamp(new D(s.growth.startInstances));
    if (m > G) {
      const p = n;
      const logistic = cap === null ? new D(1) : new D(1).minus(p.dividedBy(cap));
      n = clamp(
        round6(p.plus(s.growth.newPerMonth).plus(g.times(p).times(logistic)).minus(c.times(p))),
      );
    }
    const b = n.floor();
    const yc = Math.floor((m - 1) / 12);
    const yp = m >= G ? Math.floor((m - G) / 12) : 0;
    const R = m >= G ? b.times(price[yp]!) : new D(0);
    const C = {
      msp: initPart(parts.msp.init, m)
        .plus(parts.msp.fixed[yc]!)
        .plus(parts.msp.unit[yc]!.times(b)),
      isv: initPart(parts.isv.init, m)
        .plus(parts.isv.fixed[yc]!)
        .plus(parts.isv.unit[yc]!.times(b)),
    };
    let phase: number;
    let Sa: Dec;
    if (m < G) {
      phase = 1;
      Sa = new D(0);
    } else if (R.lessThan(C.msp.plus(C.isv))) {
      phase = 2;
      Sa = allocate(R, C.msp, C.isv)[0];
    } else {
      let profit = R.minus(C.msp).minus(C.isv);
      const La = D.max(0, pos.msp.negated());
      const Lb = D.max(0, pos.isv.negated());
      if (La.minus(Lb).abs().greaterThan('0.01')) phase = 3;
      else phase = D.max(La, Lb).greaterThan(0) ? 4 : 5;
      let xa = new D(0);
      let xb = new D(0);
      const x = D.min(profit, La.minus(Lb).abs());
      if (La.greaterThan(Lb)) xa = x;
      if (Lb.greaterThan(La)) xb = x;
      profit = profit.minus(xa).minus(xb);
      let ya = new D(0);
      if (profit.greaterThan(0)) {
        const L = La.minus(xa);
        if (L.greaterThan(0) && profit.greaterThanOrEqualTo(L.times(2))) {
          ya = L;
          profit = profit.minus(L.times(2));
        } else if (L.greaterThan(0)) {
          ya = allocate(profit, new D(1), new D(1))[0];
          profit = new D(0);
        }
      }
      const za = profit.greaterThan(0) ? allocate(profit, C.msp, C.isv)[0] : new D(0);
      Sa = C.msp.plus(xa).plus(ya).plus(za);
    }
    const S = { msp: Sa, isv: R.minus(Sa) };
    for (const p of ['msp', 'isv'] as const) {
      pos[p] = pos[p].plus(S[p]).minus(C[p]);
      tot[p].cost = tot[p].cost.plus(C[p]);
      tot[p].share = tot[p].share.plus(S[p]);
      low[p] = D.min(low[p], pos[p]);
      if (m >= G && breakEven[p] === null && pos[p].greaterThanOrEqualTo(0)) breakEven[p] = m;
    }
    if (
      m >= G &&
      together === null &&
      pos.msp.greaterThanOrEqualTo(0) &&
      pos.isv.greaterThanOrEqualTo(0)
    )
      together = m;
    revenueTotal = revenueTotal.plus(R);
    const row = (p: 'msp' | 'isv') => ({
      cost: money(C[p]),
      share: money(S[p]),
      position: money(pos[p]),
    });
    months.push({
      month: m,
      phase,
      instances: n.toFixed(6),
      billedInstances: b.toNumber(),
      price: money(price[yp]!),
      revenue: money(R),
      msp: row('msp'),
      isv: row('isv'),
    });
  }
  const totals = (p: 'msp' | 'isv') => ({
    cost: money(tot[p].cost),
    share: money(tot[p].share),
    position: money(pos[p]),
  });
  return {
    months,
    summary: {
      goLiveMonth: G,
      breakEvenMonth: breakEven,
      partnershipBreakEvenMonth: together,
      maxExposure: { msp: money(low.msp.negated()), isv: money(low.isv.negated()) },
      totalRevenue: money(revenueTotal),
      totals: { msp: totals('msp'), isv: totals('isv') },
    },
  };
}
