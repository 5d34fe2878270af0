import {
  UNCERTAIN_FIELDS,
  scaledIntToString,
  scenarioV2Schema,
  toScenarioIssues,
  uncertainMode,
} from '../../engine';
import type {
  PartnerKey,
  RiskResult,
  ScenarioV2,
  UncertainField,
  UncertainRange,
  Uncertainty,
} from '../../engine';
import type { MessageKey } from '../i18n';

/**
 * The Risk view's model, without React: checking an edited uncertainty against the scenario,
 * the one-click suggestions, and the figures the view shows, as exact text from the result.
 */

export type Checked =
  { ok: true; scenario: ScenarioV2 } | { ok: false; issues: Map<string, string> };

/**
 * The scenario with `uncertainty`, through the engine's format-2 schema (the one gate): either
 * the validated scenario or the problems keyed by path (`uncertainty.ranges.0.low`, `uncertainty.runs`).
 */
export function checkUncertainty(base: ScenarioV2, uncertainty: unknown): Checked {
  const parsed = scenarioV2Schema.safeParse({ ...base, uncertainty });
  if (parsed.success) return { ok: true, scenario: parsed.data as ScenarioV2 };
  const issues = new Map<string, string>();
  for (const issue of toScenarioIssues(parsed.error.issues)) {
    if (!issues.has(issue.path)) issues.set(issue.path, issue.message);
  }
  return { ok: false, issues };
}

/** The fields a range can be put on in this scenario (not the cap when there is none). */
export function rangeableFields(s: ScenarioV2) {
  return UNCERTAIN_FIELDS.filter((spec) => uncertainMode(s, spec.field) !== null);
}

/** An exact decimal as an integer of 10^-decimals units (the text is canonical, non-negative). */
function toUnits(text: string, decimals: number): bigint {
  const [whole = '0', frac = ''] = text.replace(/^-/, '').split('.');
  const units = BigInt(whole + frac.padEnd(decimals, '0').slice(0, decimals));
  return text.startsWith('-') ? -units : units;
}

export interface Suggestion {
  id: string;
  title: MessageKey;
  ranges: (s: ScenarioV2) => UncertainRange[];
}

const range = (field: UncertainField, low: string, high: string): UncertainRange => ({
  field,
  low,
  high,
});

const mode = (s: ScenarioV2, field: UncertainField) => uncertainMode(s, field) ?? '0';

/** The suggestions of a sales conversation, each a range or two around the scenario's values. */
export const SUGGESTIONS: readonly Suggestion[] = [
  {
    id: 'go-live',
    title: 'risk.suggestGoLive',
    ranges: (s) => {
      const k = s.investmentMonths;
      const high = Math.min(k + 6, s.horizonMonths - 1);
      return high > k ? [range('investmentMonths', String(k), String(high))] : [];
    },
  },
  {
    id: 'set-up',
    title: 'risk.suggestSetUp',
    ranges: () => [
      range('msp.initEffortPct', '80', '150'),
      range('isv.initEffortPct', '80', '150'),
    ],
  },
  {
    id: 'new-instances',
    title: 'risk.suggestNewInstances',
    ranges: (s) => {
      const m = toUnits(mode(s, 'growth.newPerMonth'), 6);
      if (m === 0n) return [];
      // Half and one and a half times the mode, outward to the field's six decimals.
      const low = m / 2n;
      const high = m + (m + 1n) / 2n;
      return [range('growth.newPerMonth', scaledIntToString(low, 6), scaledIntToString(high, 6))];
    },
  },
  {
    id: 'churn',
    title: 'risk.suggestChurn',
    ranges: (s) => {
      const m = toUnits(mode(s, 'growth.churnPct'), 4);
      const low = m < 5000n ? m : 5000n;
      const high = m > 30000n ? m : 30000n;
      return [range('growth.churnPct', scaledIntToString(low, 4), scaledIntToString(high, 4))];
    },
  },
];

/** The uncertainty with `added` in place of any range on the same fields, in table order. */
export function withRanges(u: Uncertainty, added: readonly UncertainRange[]): Uncertainty {
  const fields = new Set(added.map((r) => r.field));
  const order = new Map(UNCERTAIN_FIELDS.map((f, i) => [f.field as string, i]));
  const ranges = [...u.ranges.filter((r) => !fields.has(r.field)), ...added].sort(
    (a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0),
  );
  return { ...u, ranges };
}

/** A share of runs as exact percent text with one decimal (half away from zero). */
export function runsPercent(count: number, runs: number): string {
  const tenths = Math.floor((count * 2000 + runs) / (2 * runs));
  return scaledIntToString(tenths, 1);
}

/** A seed other than `seed`, for "New draw": spread over the whole range, reproducibly. */
export function nextSeed(seed: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) ^ 0x2545f491) >>> 0 || 1;
}

/** The figures with `data-testid` and their exact `data-value`s. */
export function riskFigureValues(r: RiskResult): Record<string, string> {
  const month = (m: number | null) => (m === null ? '' : String(m));
  const p = r.breakEven.partnership;
  return {
    'risk-breakeven-partnership-p10': month(p.p10),
    'risk-breakeven-partnership-p50': month(p.p50),
    'risk-breakeven-partnership-p90': month(p.p90),
    'risk-final-position-msp-p50': r.finalPosition.msp.p50,
    'risk-final-position-isv-p50': r.finalPosition.isv.p50,
    'risk-loss-runs-msp': String(r.finalPosition.msp.lossRuns),
    'risk-loss-runs-isv': String(r.finalPosition.isv.lossRuns),
  };
}

/**
 * Who carries the downside under one model: the partner with more losing runs, or with the lower
 * P10 outcome when they lose equally often; null when no run loses.
 */
export function downsideCarrier(
  figures: Record<PartnerKey, { lossRuns: number; p10: string }>,
): PartnerKey | 'both' | null {
  const a = figures.msp;
  const b = figures.isv;
  if (a.lossRuns === 0 && b.lossRuns === 0) return null;
  if (a.lossRuns !== b.lossRuns) return a.lossRuns > b.lossRuns ? 'msp' : 'isv';
  const pa = toUnits(a.p10, 2);
  const pb = toUnits(b.p10, 2);
  if (pa === pb) return 'both';
  return pa < pb ? 'msp' : 'isv';
}
