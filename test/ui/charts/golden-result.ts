import { goldenVectors } from '../../golden';
import type { IntColumn, PartnerKey, SimulationResult, Summary } from '../../../src/engine/index';

/**
 * Test fixtures: a SimulationResult rebuilt from a golden vector's canonical `expected` output
 * (spec section 7), so UI tests run on the engine's exact numbers even without the engine.
 * The allocation breakdown is not part of the canonical output and is left at zero.
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
export interface Canonical {
  months: CanonicalMonth[];
  summary: Summary;
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
    summary: c.summary,
  };
}

export interface GoldenCase {
  file: string;
  scenario: { currency: string; msp: { label: string }; isv: { label: string } };
  canonical: Canonical;
  result: SimulationResult;
}

/** A golden vector by file-name prefix ("01", "17"), with its result rebuilt. */
export function goldenCase(prefix: string): GoldenCase {
  const v = goldenVectors().find((g) => g.file.startsWith(prefix));
  if (!v) throw new Error(`no golden vector ${prefix}`);
  const canonical = v.expected as Canonical;
  return {
    file: v.file,
    scenario: v.scenario as GoldenCase['scenario'],
    canonical,
    result: resultFromCanonical(canonical),
  };
}
