import type { Effort } from '../item-amounts';
import type { PartnerKey, ScenarioV2 } from '../types';
import { UNCERTAIN_FIELDS, uncertainFieldIndex, uncertainMode } from '../uncertain-fields';
import type { UncertainField } from '../uncertain-fields';
import { uniform } from './generator';
import { canonicalFixed, makeSampler, sample } from './triangular';
import type { SampleRange, Sampler } from './triangular';

/**
 * The inputs of run r (spec section 10): every ranged field replaced by its sample for
 * (seed, r, field index), everything else as in the scenario.
 */
export interface PreparedRange {
  /** The field's index in table 10.1: its sampling stream. */
  index: number;
  field: UncertainField;
  range: SampleRange;
  sampler: Sampler;
}

/** The scenario's ranges with their modes, in table order (the order of `samples`' keys). */
export function prepareRanges(s: ScenarioV2): PreparedRange[] {
  return s.uncertainty.ranges
    .map((r) => {
      const index = uncertainFieldIndex(r.field);
      const spec = UNCERTAIN_FIELDS[index];
      const mode = uncertainMode(s, r.field);
      // The schema refuses both (an unknown field; a range on an absent cap): a bug if seen here.
      if (spec === undefined || mode === null) throw new RangeError(`no range on ${r.field}`);
      const range = { low: r.low, mode, high: r.high, decimals: spec.decimals };
      return { index, field: r.field, range, sampler: makeSampler(range) };
    })
    .sort((a, b) => a.index - b.index);
}

/** Run r's sampled values, parallel to `ranges`, as text with each field's decimals. */
export function sampleRun(ranges: readonly PreparedRange[], seed: number, run: number): string[] {
  return ranges.map((r) => sample(r.sampler, uniform(seed, run, r.index)));
}

/** Sampled values keyed by field, as `samples` shows them. */
export function samplesRecord(
  ranges: readonly PreparedRange[],
  texts: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  ranges.forEach((r, i) => (out[r.field] = texts[i] ?? ''));
  return out;
}

export interface RunInputs {
  scenario: ScenarioV2;
  /** Each partner's effort percentages, as decimal text; absent means 100. */
  effort: Record<PartnerKey, Effort>;
}

/** The scenario of one run: the sampled texts (parallel to `ranges`) in place of the modes. */
export function runInputs(
  base: ScenarioV2,
  ranges: readonly PreparedRange[],
  texts: readonly string[],
): RunInputs {
  const price = { ...base.price };
  const growth = { ...base.growth };
  const costs = { ...base.costs };
  let investmentMonths = base.investmentMonths;
  const effort: Record<PartnerKey, Effort> = { msp: {}, isv: {} };
  ranges.forEach((r, i) => {
    // Samples carry the field's decimals ("103.00"); the engine's decimal strings are canonical.
    const text = canonicalFixed(texts[i] ?? r.range.mode);
    switch (r.field) {
      case 'price.perInstance':
        price.perInstance = text;
        break;
      case 'price.yearlyChangePct':
        price.yearlyChangePct = text;
        break;
      case 'growth.startInstances':
        growth.startInstances = text;
        break;
      case 'growth.newPerMonth':
        growth.newPerMonth = text;
        break;
      case 'growth.growthPct':
        growth.growthPct = text;
        break;
      case 'growth.churnPct':
        growth.churnPct = text;
        break;
      case 'growth.maxInstances':
        growth.maxInstances = Number(text);
        break;
      case 'costs.yearlyChangePct':
        costs.yearlyChangePct = text;
        break;
      case 'investmentMonths':
        investmentMonths = Number(text);
        break;
      case 'msp.initEffortPct':
        effort.msp.init = text;
        break;
      case 'msp.monthlyEffortPct':
        effort.msp.monthly = text;
        break;
      case 'msp.perInstanceEffortPct':
        effort.msp.perInstance = text;
        break;
      case 'isv.initEffortPct':
        effort.isv.init = text;
        break;
      case 'isv.monthlyEffortPct':
        effort.isv.monthly = text;
        break;
      case 'isv.perInstanceEffortPct':
        effort.isv.perInstance = text;
        break;
      default:
        r.field satisfies never;
    }
  });
  return { scenario: { ...base, price, growth, costs, investmentMonths }, effort };
}
