import { fastColumns, runBig, runFast } from '../month-loop';
import type { MoneyColumns } from '../month-loop';
import { fitsFastPath } from '../simulate';
import { keyFigures } from '../summary';
import { PARTNER_KEYS } from '../types';
import type { PartialWriter } from './partial';
import type { RunPlan } from './run-planner';

/**
 * One run through simulate's own month loop, keeping only what the statistics need: the key
 * figures of spec section 6 and the positions at the band months. On the fast path the loop writes
 * into one set of columns reused for every run (they are read here and then overwritten); runs
 * too large for it take the BigInt loop, exactly as simulate would.
 */
export class RunEvaluator {
  private readonly scratch: MoneyColumns<Float64Array>;
  /** Zero-based month index of each band point. */
  private readonly bandAt: Int32Array;

  constructor(horizon: number, bandMonths: readonly number[]) {
    this.scratch = fastColumns(horizon);
    this.bandAt = Int32Array.from(bandMonths, (m) => m - 1);
  }

  evaluate({ plan, series }: RunPlan, run: number, out: PartialWriter): void {
    const cols = fitsFastPath(plan, series.maxBilled)
      ? runFast(plan, series.billed, this.scratch)
      : runBig(plan, series.billed);
    const key = keyFigures(cols, plan.goLive);
    const exposure = (v: number | bigint): number | bigint =>
      // 0 − v, not −v: a lowest position of 0 must give 0, not −0.
      typeof v === 'bigint' ? -v : 0 - v;
    out.record(run, {
      breakEven: { ...key.breakEvenMonth, partnership: key.partnershipBreakEvenMonth },
      finalPosition: key.finalPosition,
      maxExposure: { msp: exposure(key.lowest.msp.value), isv: exposure(key.lowest.isv.value) },
      totalRevenue: key.totalRevenue,
    });
    const row = (run - out.from) * this.bandAt.length;
    for (const p of PARTNER_KEYS) {
      const position = cols[p].position;
      const band = out.bands[p];
      for (let j = 0; j < this.bandAt.length; j++) {
        band.set(row + j, position[this.bandAt[j] ?? 0] ?? 0);
      }
    }
  }
}
