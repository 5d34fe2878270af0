import { FIELDS, centsToString, readPath } from '../../../engine';
import type { PartnerKey, Scenario, Summary } from '../../../engine';

/**
 * The side-by-side comparison, as data: which inputs differ and the KPI table with each
 * scenario's difference from the first (the baseline). Exact: money differences in BigInt cents,
 * margins in hundredths of a percentage point.
 */
export type { Pin, PinSource } from '../../../state';

/** Every input's path, in registry order ("price.perInstance", "msp.hourlyRate", …). */
export const INPUT_PATHS = FIELDS.map((entry) => entry.path).filter((p) => p !== 'version');

/** An input's value as text ("390", "no cap" for a null cap). */
export function inputValue(s: Scenario, path: string): string {
  const v = readPath(s, path);
  if (v === null) return 'no cap';
  return String(v);
}

export interface InputDifference {
  path: string;
  values: string[];
}

/** The inputs whose values are not the same in every scenario, in schema order. */
export function differingInputs(scenarios: readonly Scenario[]): InputDifference[] {
  const out: InputDifference[] = [];
  for (const path of INPUT_PATHS) {
    const values = scenarios.map((s) => inputValue(s, path));
    if (values.some((v) => v !== values[0])) out.push({ path, values });
  }
  return out;
}

export type KpiKind = 'month' | 'money' | 'percent';

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
  label: string,
  kind: KpiKind,
  summaries: readonly Summary[],
  pick: (s: Summary) => string | number | null,
): KpiRow {
  const values = summaries.map((s) => {
    const v = pick(s);
    return v === null ? null : String(v);
  });
  const base = values[0] ?? null;
  return {
    key,
    label,
    kind,
    cells: values.map((value, i) => ({ value, delta: i === 0 ? null : delta(kind, base, value) })),
  };
}

export function kpiRows(
  summaries: readonly Summary[],
  labels: Record<PartnerKey, string>,
): KpiRow[] {
  const per = (p: PartnerKey) => [
    row(
      `be-${p}`,
      `${labels[p]}: break-even month`,
      'month',
      summaries,
      (s) => s.breakEvenMonth[p],
    ),
    row(
      `exposure-${p}`,
      `${labels[p]}: most out of pocket`,
      'money',
      summaries,
      (s) => s.maxExposure[p],
    ),
    row(
      `position-${p}`,
      `${labels[p]}: final position`,
      'money',
      summaries,
      (s) => s.totals[p].position,
    ),
    row(
      `margin-${p}`,
      `${labels[p]}: margin after payback`,
      'percent',
      summaries,
      (s) => s.marginAfterPaybackPct[p],
    ),
  ];
  return [
    row(
      'be',
      'Partnership break-even month',
      'month',
      summaries,
      (s) => s.partnershipBreakEvenMonth,
    ),
    row('revenue', 'Total revenue', 'money', summaries, (s) => s.totalRevenue),
    ...per('msp'),
    ...per('isv'),
  ];
}
