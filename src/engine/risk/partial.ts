import type { PartnerKey } from '../types';
import { ExactIntsWriter, concatExact, interleaveExact } from './exact-ints';
import type { ExactInts } from './exact-ints';

/**
 * What a slice of runs [from, to) leaves for the statistics: per run only the figures that the
 * percentiles, the break-even curve and the bands are taken from, as exact integers. Partials of
 * adjacent slices merge by concatenation, so a pool of workers can each compute a slice and the
 * merged result is exactly that of one batch: percentiles are always taken from the merged
 * values, never combined from the slices' own.
 *
 * Memory is bounded by runs × band points (at most 240 per partner), never by the horizon.
 */
export type BreakEvenKey = PartnerKey | 'partnership';
export const BREAK_EVEN_KEYS: readonly BreakEvenKey[] = ['msp', 'isv', 'partnership'];

/** A break-even month that never came; larger than every month, so it sorts after them all. */
export const NEVER = 0x7fffffff;

export interface RiskPartial {
  from: number;
  to: number;
  /** Break-even month of each run, NEVER for none. */
  breakEven: Record<BreakEvenKey, Int32Array>;
  /** Final position of each run, cents. */
  finalPosition: Record<PartnerKey, ExactInts>;
  /** Max exposure of each run (≥ 0), cents. */
  maxExposure: Record<PartnerKey, ExactInts>;
  /** Σ R of each run, cents. */
  totalRevenue: ExactInts;
  /** Number of band months (spec 10.4's `bands.months`). */
  bandCount: number;
  /**
   * Positions at the band months, month by month: run r's j-th point at j × (to − from) + r − from,
   * cents. Each band month's values are then contiguous for its percentiles, and a run's points
   * stay in few cache lines while the next runs are written.
   */
  bands: Record<PartnerKey, ExactInts>;
}

/** One run's figures, as the month loop's integers (numbers on the fast path). */
export interface RunFigures {
  breakEven: Record<BreakEvenKey, number | null>;
  finalPosition: Record<PartnerKey, number | bigint>;
  maxExposure: Record<PartnerKey, number | bigint>;
  totalRevenue: number | bigint;
}

/** Collects the runs of one slice, in order, into a RiskPartial. */
export class PartialWriter {
  private readonly breakEven: Record<BreakEvenKey, Int32Array>;
  private readonly final: Record<PartnerKey, ExactIntsWriter>;
  private readonly exposure: Record<PartnerKey, ExactIntsWriter>;
  private readonly revenue: ExactIntsWriter;
  /** Written directly by the run: its points at (run − from) + j × (to − from). */
  readonly bands: Record<PartnerKey, ExactIntsWriter>;

  constructor(
    readonly from: number,
    readonly to: number,
    readonly bandCount: number,
  ) {
    const n = to - from;
    const ints = () => new Int32Array(n);
    const exact = (length = n) => new ExactIntsWriter(length);
    this.breakEven = { msp: ints(), isv: ints(), partnership: ints() };
    this.final = { msp: exact(), isv: exact() };
    this.exposure = { msp: exact(), isv: exact() };
    this.revenue = exact();
    this.bands = { msp: exact(n * bandCount), isv: exact(n * bandCount) };
  }

  /** Records run `run`'s figures (its band points go straight into `bands`). */
  record(run: number, f: RunFigures): void {
    const i = run - this.from;
    for (const key of BREAK_EVEN_KEYS) this.breakEven[key][i] = f.breakEven[key] ?? NEVER;
    for (const p of ['msp', 'isv'] as const) {
      this.final[p].set(i, f.finalPosition[p]);
      this.exposure[p].set(i, f.maxExposure[p]);
    }
    this.revenue.set(i, f.totalRevenue);
  }

  done(): RiskPartial {
    return {
      from: this.from,
      to: this.to,
      breakEven: this.breakEven,
      finalPosition: { msp: this.final.msp.values, isv: this.final.isv.values },
      maxExposure: { msp: this.exposure.msp.values, isv: this.exposure.isv.values },
      totalRevenue: this.revenue.values,
      bandCount: this.bandCount,
      bands: { msp: this.bands.msp.values, isv: this.bands.isv.values },
    };
  }
}

function concatInts(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Adjacent slices, in any order, as one partial. Throws on a gap or an overlap: merging those
 * would silently drop or double runs.
 */
export function mergePartials(parts: readonly RiskPartial[]): RiskPartial {
  const sorted = [...parts].sort((x, y) => x.from - y.from);
  const first = sorted[0];
  if (first === undefined) throw new RangeError('no partial results to merge');
  // Nothing to join: merging never changes values, and finishing only reads them.
  if (sorted.length === 1) return first;
  for (let i = 1; i < sorted.length; i++) {
    const [prev, next] = [sorted[i - 1], sorted[i]] as [RiskPartial, RiskPartial];
    if (next.from !== prev.to) {
      throw new RangeError(`runs ${prev.to}…${next.from - 1} missing or doubled between slices`);
    }
    if (next.bandCount !== first.bandCount) throw new RangeError('slices of different horizons');
  }
  const each = <T>(f: (p: RiskPartial) => T): T[] => sorted.map(f);
  const counts = each((p) => p.to - p.from);
  const perPartner = (f: (p: RiskPartial) => Record<PartnerKey, ExactInts>) => ({
    msp: concatExact(each((p) => f(p).msp)),
    isv: concatExact(each((p) => f(p).isv)),
  });
  return {
    from: first.from,
    to: (sorted[sorted.length - 1] ?? first).to,
    breakEven: {
      msp: concatInts(each((p) => p.breakEven.msp)),
      isv: concatInts(each((p) => p.breakEven.isv)),
      partnership: concatInts(each((p) => p.breakEven.partnership)),
    },
    finalPosition: perPartner((p) => p.finalPosition),
    maxExposure: perPartner((p) => p.maxExposure),
    totalRevenue: concatExact(each((p) => p.totalRevenue)),
    bandCount: first.bandCount,
    bands: {
      msp: interleaveExact(
        each((p) => p.bands.msp),
        counts,
        first.bandCount,
      ),
      isv: interleaveExact(
        each((p) => p.bands.isv),
        counts,
        first.bandCount,
      ),
    },
  };
}
