import { fastColumns, runBig, runFast } from '../month-loop';
import type { MoneyColumns } from '../month-loop';
import { fitsFastPath } from '../simulate';
import { keyFigures } from '../summary';
import { PARTNER_KEYS } from '../types';
import type { PartialWriter } from './partial';
import type { RunPlan } from './run-planner';

/** −v; as a number 0 − v, so that a lowest position of 0 gives 0, not −0. */
function negate(v: number | bigint): number | bigint {
  return typeof v === 'bigint' ? -v : 0 - v;
}

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
      ? runFast(plan, series.billed, this.scratch, 'positions')
      : runBig(plan, series.billed, 'positions');
    const key = keyFigures(cols, plan.goLive);
    out.record(run, {
      breakEven: { ...key.breakEvenMonth, partnership: key.partnershipBreakEvenMonth },
      finalPosition: key.finalPosition,
      maxExposure: { msp: negate(key.lowest.msp.value), isv: negate(key.lowest.isv.value) },
      totalRevenue: key.totalRevenue,
    });
    const runs = out.to - out.from;
    for (const p of PARTNER_KEYS) {
      out.bands[p].gather(run - out.from, runs, cols[p].position, this.bandAt);
    }
  }
}
