import { centsToString, intAt } from './columns';
import type { PartnerKey, SimulationResult } from './types';

/**
 * The contract's term and notice period, from the partnership page ("Term & Flexibility"):
 * "Partnership starts with a 12-month minimum term from go-live. After that, either party can
 * terminate with 3 months' notice."
 *
 * Our reading, in the engine's month numbers (go-live G is the start of month G, and positions are
 * taken at the end of a month):
 * - The minimum term is months G … G + 11: it ends at the end of month G + 11.
 * - Notice can be given at the earliest when the minimum term ends (the end of month G + 11); with
 *   3 months' notice the partnership then ends at the end of month G + 14 (its last month).
 *   In general, notice given at the end of month n ≥ G + 11 ends it at the end of month n + 3.
 * - So an ordinary end is possible in any month ≥ G + 14. Earlier ends need the extraordinary
 *   termination the page mentions for serious issues; the simulator shows them, marked as such.
 * The investment months before go-live are not part of the minimum term.
 */
export const MINIMUM_TERM_MONTHS = 12;
export const NOTICE_MONTHS = 3;

export interface ContractTerms {
  goLiveMonth: number;
  horizonMonths: number;
  /** The last month of the minimum term, G + 11 (may lie past the horizon). */
  minimumTermEndMonth: number;
  /** The last month of the partnership if notice is given when the minimum term ends, G + 14. */
  earliestEndMonth: number;
  /** Whether each month falls within the simulated horizon (a marker can be drawn). */
  minimumTermEndInHorizon: boolean;
  earliestEndInHorizon: boolean;
}

export function contractTerms(goLiveMonth: number, horizonMonths: number): ContractTerms {
  const minimumTermEndMonth = goLiveMonth + MINIMUM_TERM_MONTHS - 1;
  const earliestEndMonth = minimumTermEndMonth + NOTICE_MONTHS;
  return {
    goLiveMonth,
    horizonMonths,
    minimumTermEndMonth,
    earliestEndMonth,
    minimumTermEndInHorizon: minimumTermEndMonth <= horizonMonths,
    earliestEndInHorizon: earliestEndMonth <= horizonMonths,
  };
}

/** The last month of the partnership when notice is given at the end of `noticeMonth`; null before the minimum term ends. */
export function endAfterNoticeAt(terms: ContractTerms, noticeMonth: number): number | null {
  if (noticeMonth < terms.minimumTermEndMonth) return null;
  return noticeMonth + NOTICE_MONTHS;
}

/**
 * The month a chosen end should default to: the earliest ordinary end, or the last simulated
 * month when the horizon stops before it.
 */
export function defaultEndMonth(terms: ContractTerms): number {
  return Math.min(terms.earliestEndMonth, terms.horizonMonths);
}

export interface PartnerAtEnd {
  /** Cumulative position at the end of the chosen month (shares received − costs paid). */
  position: string;
  /** Everything received and paid up to then. */
  shares: string;
  costs: string;
}

export interface EndReadout {
  month: number;
  /** True when the partnership can end this month with ordinary notice (month ≥ G + 14). */
  ordinary: boolean;
  /** True before go-live + 12 months, when not even notice could have been given yet. */
  withinMinimumTerm: boolean;
  revenue: string;
  partners: Record<PartnerKey, PartnerAtEnd>;
}

/** Both partners' standing if the partnership ended at the end of `month` (1 … horizon). */
export function endReadout(result: SimulationResult, month: number): EndReadout {
  if (!Number.isInteger(month) || month < 1 || month > result.horizonMonths) {
    throw new RangeError(`month ${month} is outside 1…${result.horizonMonths}`);
  }
  const terms = contractTerms(result.summary.goLiveMonth, result.horizonMonths);
  let revenue = 0n;
  const sums = { msp: { shares: 0n, costs: 0n }, isv: { shares: 0n, costs: 0n } };
  for (let i = 0; i < month; i++) {
    revenue += intAt(result.revenue, i);
    for (const key of ['msp', 'isv'] as const) {
      sums[key].shares += intAt(result[key].share, i);
      sums[key].costs += intAt(result[key].cost, i);
    }
  }
  const partner = (key: PartnerKey): PartnerAtEnd => ({
    position: centsToString(intAt(result[key].position, month - 1)),
    shares: centsToString(sums[key].shares),
    costs: centsToString(sums[key].costs),
  });
  return {
    month,
    ordinary: month >= terms.earliestEndMonth,
    withinMinimumTerm: month <= terms.minimumTermEndMonth,
    revenue: centsToString(revenue),
    partners: { msp: partner('msp'), isv: partner('isv') },
  };
}
