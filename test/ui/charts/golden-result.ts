import { goldenVectors } from '../../golden';
import { parseScenario, simulate } from '../../../src/engine/index';
import type { IntColumn, PartnerKey, SimulationResult, Summary } from '../../../src/engine/index';

/**
 * Test fixtures for the UI: golden vectors run through the real engine, next to their canonical
 * `expected` output (spec section 7) that tests compare the UI against. `resultFromCanonical`
 * rebuilds a result from canonical output alone (hand-made results for edge cases); it leaves the
 * allocation breakdown, which is not part of the canonical output, at zero.
 */
interface CanonicalPartner {
  cost: string;
  share: string;
  position: string;
}
interface CanonicalMonth {
  month: number;
  phase: number;
  instances: string;
  billedInstances: number;
  price: string;
  revenue: string;
  msp: CanonicalPartner;
  isv: CanonicalPartner;
}
/** The summary of spec section 7; the engine adds UI fields beyond it (filled in below). */
type CanonicalSummary = Omit<
  Summary,
  'phaseStartMonth' | 'maxExposureMonth' | 'marginAfterPaybackPct'
>;
export interface Canonical {
  months: CanonicalMonth[];
  summary: CanonicalSummary;
}

const toInt = (text: string, decimals: number): bigint => {
  const neg = text.startsWith('-');
  const [w = '0', f = ''] = (neg ? text.slice(1) : text).split('.');
  const v = BigInt(w + f.padEnd(decimals, '0'));
  return neg ? -v : v;
};

/** Float64Array when every value is a safe integer, else bigint[] (as the engine does). */
export function column(values: readonly bigint[]): IntColumn {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (values.every((v) => v <= limit && v >= -limit)) return Float64Array.from(values, Number);
  return values;
}

/** Σ(S−C)/ΣS over phase-5 months, percent with two decimals, half away from zero. */
function marginPct(ms: readonly CanonicalMonth[], p: PartnerKey): string | null {
  let profit = 0n;
  let share = 0n;
  for (const m of ms.filter((x) => x.phase === 5)) {
    profit += toInt(m[p].share, 2) - toInt(m[p].cost, 2);
    share += toInt(m[p].share, 2);
  }
  if (share === 0n) return null;
  const q = profit * 10000n;
  const abs = ((q < 0n ? -q : q) * 2n + share) / (2n * share);
  const text = abs.toString().padStart(3, '0');
  const sign = q < 0n && abs !== 0n ? '-' : '';
  return `${sign}${text.slice(0, -2)}.${text.slice(-2)}`;
}

function exposureMonth(ms: readonly CanonicalMonth[], p: PartnerKey): number | null {
  let best: number | null = null;
  let low = 0n;
  for (const m of ms) {
    const v = toInt(m[p].position, 2);
    if (v < low) {
      low = v;
      best = m.month;
    }
  }
  return best;
}

function fullSummary(c: Canonical): Summary {
  const ms = c.months;
  const start = (ph: number) => ms.find((m) => m.phase === ph)?.month ?? null;
  return {
    ...c.summary,
    phaseStartMonth: { 1: start(1), 2: start(2), 3: start(3), 4: start(4), 5: start(5) },
    maxExposureMonth: { msp: exposureMonth(ms, 'msp'), isv: exposureMonth(ms, 'isv') },
    marginAfterPaybackPct: { msp: marginPct(ms, 'msp'), isv: marginPct(ms, 'isv') },
  };
}

export function resultFromCanonical(c: Canonical): SimulationResult {
  const ms = c.months;
  const partner = (p: PartnerKey) => ({
    cost: column(ms.map((m) => toInt(m[p].cost, 2))),
    share: column(ms.map((m) => toInt(m[p].share, 2))),
    position: column(ms.map((m) => toInt(m[p].position, 2))),
    catchUp: new Float64Array(ms.length),
    equalSplit: new Float64Array(ms.length),
    proportional: new Float64Array(ms.length),
  });
  return {
    horizonMonths: ms.length,
    phase: Uint8Array.from(ms.map((m) => m.phase)),
    instances: column(ms.map((m) => toInt(m.instances, 6))),
    billedInstances: Float64Array.from(ms.map((m) => m.billedInstances)),
    price: column(ms.map((m) => toInt(m.price, 2))),
    revenue: column(ms.map((m) => toInt(m.revenue, 2))),
    msp: partner('msp'),
    isv: partner('isv'),
    summary: fullSummary(c),
  };
}

export interface GoldenCase {
  file: string;
  scenario: { currency: string; msp: { label: string }; isv: { label: string } };
  canonical: Canonical;
  result: SimulationResult;
}

/** A golden vector by file-name prefix ("01", "17"), simulated by the engine. */
export function goldenCase(prefix: string): GoldenCase {
  const v = goldenVectors().find((g) => g.file.startsWith(prefix));
  if (!v) throw new Error(`no golden vector ${prefix}`);
  const canonical = v.expected as Canonical;
  return {
    file: v.file,
    scenario: v.scenario as GoldenCase['scenario'],
    canonical,
    result: simulate(parseScenario(v.scenario)),
  };
}
