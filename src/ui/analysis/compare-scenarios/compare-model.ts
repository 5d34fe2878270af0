import { FIELDS, PARTNER_KEYS, centsToString, readPath } from '../../../engine';
import type { PartnerKey, Scenario, ScenarioV2, Summary } from '../../../engine';
import { AMOUNT_KEYS } from '../../report/cost-items';
import { KPI_CATALOGUE, kpiLabel } from '../../kpi/kpi-catalogue';
import type { KpiEntry, KpiValueKind } from '../../kpi/kpi-catalogue';

/**
 * The side-by-side comparison, as data: which inputs differ and the KPI table with each
 * scenario's difference from the first (the baseline). Exact: money differences in BigInt cents,
 * margins in hundredths of a percentage point.
 */
export type { Pin, PinSource } from '../../../state';

/** A partner's six amounts belong to its cost items: the item comparison lists them. */
const ITEM_PATHS = new Set(PARTNER_KEYS.flatMap((p) => AMOUNT_KEYS.map((k) => `${p}.${k}`)));

/** Every input's path, in registry order ("price.perInstance", "msp.hourlyRate", …). */
export const INPUT_PATHS = FIELDS.map((entry) => entry.path).filter(
  (p) => p !== 'version' && !ITEM_PATHS.has(p),
);

/** An input's value as text ("390", "no cap" for a null cap). */
export function inputValue(s: Scenario | ScenarioV2, path: string): string {
  const v = readPath(s, path);
  if (v === null) return 'no cap';
  return String(v);
}

export interface InputDifference {
  path: string;
  values: string[];
}

/** The inputs whose values are not the same in every scenario, in schema order. */
export function differingInputs(scenarios: readonly (Scenario | ScenarioV2)[]): InputDifference[] {
  const out: InputDifference[] = [];
  for (const path of INPUT_PATHS) {
    const values = scenarios.map((s) => inputValue(s, path));
    if (values.some((v) => v !== values[0])) out.push({ path, values });
  }
  return out;
}

export type KpiKind = KpiValueKind;

export interface KpiCell {
  /** Exact value as text: month number, canonical money, percent with 2 decimals; null = none. */
  value: string | null;
  /** Difference from the first scenario, exact, with a sign ("+3", "-1250.00", "+1.25"); null where it has none. */
  delta: string | null;
}

export interface KpiRow {
  key: string;
  label: string;
  kind: KpiKind;
  cells: KpiCell[];
}

function signed(text: string): string {
  return text.startsWith('-') || /^0(\.0+)?$/.test(text) ? text : `+${text}`;
}

function scaled(text: string): bigint {
  const [whole = '0', frac = ''] = text.replace('-', '').split('.');
  const v = BigInt(whole + frac.padEnd(2, '0').slice(0, 2));
  return text.startsWith('-') ? -v : v;
}

function delta(kind: KpiKind, base: string | null, value: string | null): string | null {
  if (base === null || value === null) return null;
  if (kind === 'month') return signed(String(Number(value) - Number(base)));
  // Money has exactly two decimals, the margins too: both are exact in hundredths.
  return signed(centsToString(scaled(value) - scaled(base)));
}

function row(
  key: string,
  entry: KpiEntry,
  summaries: readonly Summary[],
  partner?: { key: PartnerKey; label: string },
): KpiRow {
  const values = summaries.map((s) => {
    const v = entry.read?.(s, partner?.key ?? 'msp') ?? null;
    return v === null ? null : String(v);
  });
  const base = values[0] ?? null;
  return {
    key,
    label: kpiLabel(entry, partner?.label),
    kind: entry.kind,
    cells: values.map((value, i) => ({
      value,
      delta: i === 0 ? null : delta(entry.kind, base, value),
    })),
  };
}

/** The KPI table's rows, named and read through the KPI catalogue. */
export function kpiRows(
  summaries: readonly Summary[],
  labels: Record<PartnerKey, string>,
): KpiRow[] {
  const K = KPI_CATALOGUE;
  const per = (p: PartnerKey) => {
    const partner = { key: p, label: labels[p] };
    return [
      row(`be-${p}`, K.breakEven, summaries, partner),
      row(`exposure-${p}`, K.maxExposure, summaries, partner),
      row(`position-${p}`, K.finalPosition, summaries, partner),
      row(`margin-${p}`, K.margin, summaries, partner),
    ];
  };
  return [
    row('be', K.partnershipBreakEven, summaries),
    row('revenue', K.totalRevenue, summaries),
    ...per('msp'),
    ...per('isv'),
  ];
}
