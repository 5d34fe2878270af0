import { intAt } from '../../src/engine/index';
import type { IntColumn, PartnerKey, SimulationResult } from '../../src/engine/index';

/** A simulation result with every column as bigint[], for exact assertions in tests. */
export interface PartnerView {
  cost: bigint[];
  share: bigint[];
  position: bigint[];
  catchUp: bigint[];
  equalSplit: bigint[];
  proportional: bigint[];
}

export interface ResultView {
  months: number;
  phase: number[];
  instances: bigint[];
  billed: bigint[];
  price: bigint[];
  revenue: bigint[];
  msp: PartnerView;
  isv: PartnerView;
}

export function big(col: IntColumn): bigint[] {
  return Array.from({ length: col.length }, (_, i) => intAt(col, i));
}

export function view(r: SimulationResult): ResultView {
  const partner = (p: PartnerKey): PartnerView => ({
    cost: big(r[p].cost),
    share: big(r[p].share),
    position: big(r[p].position),
    catchUp: big(r[p].catchUp),
    equalSplit: big(r[p].equalSplit),
    proportional: big(r[p].proportional),
  });
  return {
    months: r.horizonMonths,
    phase: Array.from(r.phase),
    instances: big(r.instances),
    billed: big(r.billedInstances),
    price: big(r.price),
    revenue: big(r.revenue),
    msp: partner('msp'),
    isv: partner('isv'),
  };
}

export const abs = (x: bigint): bigint => (x < 0n ? -x : x);
export const maxBig = (x: bigint, y: bigint): bigint => (x > y ? x : y);

/** The first column and month where two results differ ("msp.share month 7"), or null. */
export function firstDifference(x: ResultView, y: ResultView): string | null {
  if (x.months !== y.months) return 'horizon';
  const cols = (v: ResultView): [string, readonly (bigint | number)[]][] => [
    ['phase', v.phase],
    ['instances', v.instances],
    ['billed', v.billed],
    ['price', v.price],
    ['revenue', v.revenue],
    ...(['msp', 'isv'] as const).flatMap((p) =>
      Object.entries(v[p]).map(([name, col]): [string, bigint[]] => [`${p}.${name}`, col]),
    ),
  ];
  const ys = cols(y);
  for (const [c, [name, col]] of cols(x).entries()) {
    const other = ys[c]?.[1] ?? [];
    for (let i = 0; i < x.months; i++) {
      if (col[i] !== other[i]) return `${name} month ${i + 1}`;
    }
  }
  return null;
}
