import type { Scenario } from '../../src/engine/index';

/**
 * The speed-of-light baseline for `npm run bench`: the same month loop and phases as the engine,
 * in plain float64 with no rounding, no exactness checks and no allocation per month. It writes
 * the same sixteen monthly columns (allocated once per run, as the engine does), so the ratio
 * measures what exactness costs, not what storing results costs. Its numbers are approximate and
 * never compared with the engine's.
 */
function yearly(first: number, pct: number, years: number): Float64Array {
  const out = new Float64Array(years);
  let x = first;
  for (let y = 0; y < years; y++) {
    out[y] = x;
    x *= 1 + pct / 100;
  }
  return out;
}

export function floatBaseline(s: Scenario): number {
  const h = s.horizonMonths;
  const k = s.investmentMonths;
  const goLive = k + 1;
  const num = Number;
  const amount = (hours: string, rate: string, other: string): number =>
    num(hours) * num(rate) + num(other);
  const costPct = num(s.costs.yearlyChangePct);
  const years = Math.floor((h - 1) / 12) + 1;
  const prices = yearly(num(s.price.perInstance), num(s.price.yearlyChangePct), years);
  const part = (p: Scenario['msp']) => ({
    init: amount(p.initHours, p.hourlyRate, p.initOther),
    fixed: yearly(amount(p.monthlyHours, p.hourlyRate, p.monthlyOther), costPct, years),
    unit: yearly(amount(p.hoursPerInstance, p.hourlyRate, p.otherPerInstance), costPct, years),
  });
  const a = part(s.msp);
  const b = part(s.isv);
  const g = num(s.growth.growthPct) / 100;
  const c = num(s.growth.churnPct) / 100;
  const add = num(s.growth.newPerMonth);
  const cap = s.growth.maxInstances;
  const limit = cap ?? 10_000_000;
  const col = (): Float64Array => new Float64Array(h);
  const [phaseCol, nCol, billedCol, priceCol, revCol] = [col(), col(), col(), col(), col()];
  const [costA, shareA, posA, xA, yA, zA] = [col(), col(), col(), col(), col(), col()];
  const [costB, shareB, posB, xB, yB, zB] = [col(), col(), col(), col(), col(), col()];
  const split = (amt: number, wa: number, wb: number): number =>
    wa + wb > 0 ? (amt * wa) / (wa + wb) : amt / 2;
  const initA = k === 0 ? a.init : a.init / k;
  const initB = k === 0 ? b.init : b.init / k;
  const lastInit = Math.max(1, k);
  const start = num(s.growth.startInstances);
  let pa = 0;
  let pb = 0;
  let n = 0;
  for (let i = 0; i < h; i++) {
    const m = i + 1;
    const y = Math.floor(i / 12);
    if (m === goLive) n = Math.min(limit, start);
    else if (m > goLive) {
      const logistic = cap === null ? 1 : 1 - n / cap;
      n = Math.min(limit, Math.max(0, n + add + g * n * logistic - c * n));
    }
    const billed = Math.floor(n);
    const ia = m <= lastInit ? initA : 0;
    const ib = m <= lastInit ? initB : 0;
    const ca = ia + (a.fixed[y] ?? 0) + (a.unit[y] ?? 0) * billed;
    const cb = ib + (b.fixed[y] ?? 0) + (b.unit[y] ?? 0) * billed;
    const price = prices[Math.max(0, Math.floor((m - goLive) / 12))] ?? 0;
    const r = m >= goLive ? billed * price : 0;
    let phase = 1;
    let sa = 0;
    let xa = 0;
    let xb = 0;
    let ya = 0;
    let za = 0;
    if (m >= goLive && r < ca + cb) {
      phase = 2;
      sa = split(r, ca, cb);
    } else if (m >= goLive) {
      const la = Math.max(0, -pa);
      const lb = Math.max(0, -pb);
      if (Math.abs(la - lb) > 0.01) phase = 3;
      else if (la > 0 || lb > 0) phase = 4;
      else phase = 5;
      let profit = r - ca - cb;
      if (la > lb) xa = Math.min(profit, la - lb);
      else xb = Math.min(profit, lb - la);
      profit -= xa + xb;
      const loss = la - xa;
      if (profit > 0 && loss > 0) ya = Math.min(loss, profit / 2);
      profit -= 2 * ya;
      if (profit > 0) za = split(profit, ca, cb);
      sa = ca + xa + ya + za;
    }
    const sb = r - sa;
    pa += sa - ca;
    pb += sb - cb;
    phaseCol[i] = phase;
    nCol[i] = n;
    billedCol[i] = billed;
    priceCol[i] = price;
    revCol[i] = r;
    costA[i] = ca;
    shareA[i] = sa;
    posA[i] = pa;
    xA[i] = xa;
    yA[i] = ya;
    zA[i] = za;
    costB[i] = cb;
    shareB[i] = sb;
    posB[i] = pb;
    xB[i] = xb;
    yB[i] = ya;
    zB[i] = sb - cb - xb - ya;
  }
  return pa + pb;
}
