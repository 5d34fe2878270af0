import type { PartnerKey, SplitFigures, Summary } from '../../engine/index';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';

/**
 * The key figures, one entry each: its label (alone, and with a partner's name), how to read it
 * from the engine's summary (and from a fixed split's figures, where it has one) and its kind,
 * which decides how it is written. The KPI cards, both comparisons and the sensitivity texts
 * name and format their figures from here, so a figure reads the same everywhere.
 */
export type KpiValueKind = 'month' | 'money' | 'percent';

export type KpiId =
  | 'partnershipBreakEven'
  | 'totalRevenue'
  | 'breakEven'
  | 'maxExposure'
  | 'finalPosition'
  | 'margin'
  | 'marginOverHorizon';

type Value = string | number | null;

export interface KpiEntry {
  id: KpiId;
  kind: KpiValueKind;
  /** The figure's name on its own ("Final position"), e.g. as a row beside partner columns. */
  label: MessageKey;
  /** With a partner's name ("{who}: final position"); only for per-partner figures. */
  labelOf?: MessageKey;
  /** Its title on a key-figure card ("Break-even"), for the figures that have a card. */
  title?: MessageKey;
  /** The figure in the summary (`partner` for per-partner figures); absent if it has none. */
  read?: (s: Summary, partner: PartnerKey) => Value;
  /** The same figure under a fixed split, where it has one. */
  readSplit?: (f: SplitFigures) => Value;
}

export const KPI_CATALOGUE: Record<KpiId, KpiEntry> = {
  partnershipBreakEven: {
    id: 'partnershipBreakEven',
    title: 'kpi.breakEven',
    kind: 'month',
    label: 'kpiCatalogue.partnershipBreakEven',
    read: (s) => s.partnershipBreakEvenMonth,
  },
  totalRevenue: {
    id: 'totalRevenue',
    title: 'kpi.totalRevenue',
    kind: 'money',
    label: 'kpiCatalogue.totalRevenue',
    read: (s) => s.totalRevenue,
  },
  breakEven: {
    id: 'breakEven',
    title: 'kpi.breakEven',
    kind: 'month',
    label: 'kpiCatalogue.breakEven',
    labelOf: 'kpiCatalogue.breakEvenOf',
    read: (s, p) => s.breakEvenMonth[p],
    readSplit: (f) => f.breakEvenMonth,
  },
  maxExposure: {
    id: 'maxExposure',
    title: 'kpi.exposure',
    kind: 'money',
    label: 'kpiCatalogue.maxExposure',
    labelOf: 'kpiCatalogue.maxExposureOf',
    read: (s, p) => s.maxExposure[p],
    readSplit: (f) => f.maxExposure,
  },
  finalPosition: {
    id: 'finalPosition',
    title: 'kpi.finalPosition',
    kind: 'money',
    label: 'kpiCatalogue.finalPosition',
    labelOf: 'kpiCatalogue.finalPositionOf',
    read: (s, p) => s.totals[p].position,
    readSplit: (f) => f.finalPosition,
  },
  margin: {
    id: 'margin',
    title: 'kpi.margin',
    kind: 'percent',
    label: 'kpiCatalogue.margin',
    labelOf: 'kpiCatalogue.marginOf',
    read: (s, p) => s.marginAfterPaybackPct[p],
  },
  marginOverHorizon: {
    id: 'marginOverHorizon',
    kind: 'percent',
    label: 'kpiCatalogue.marginOverHorizon',
    labelOf: 'kpiCatalogue.marginOverHorizonOf',
    readSplit: (f) => f.marginPct,
  },
};

/** The figure as the summary has it (canonical text or a month number), null if none. */
export function readKpi(id: KpiId, s: Summary, partner: PartnerKey = 'msp'): Value {
  const read = KPI_CATALOGUE[id].read;
  return read ? read(s, partner) : null;
}

/** The title of a figure's card. */
export function kpiTitle(id: KpiId): string {
  const entry = KPI_CATALOGUE[id];
  return t(entry.title ?? entry.label);
}

/** The figure's name, with the partner's name in front when one is given. */
export function kpiLabel(entry: KpiEntry, who?: string): string {
  return who !== undefined && entry.labelOf ? t(entry.labelOf, { who }) : t(entry.label);
}

/** A figure as text: "month 26", "CHF 79’828.74", "69.39%"; none: "never" for months, else "–". */
export function formatKpi(kind: KpiValueKind, value: Value, currency: string): string {
  if (value === null) return t(kind === 'month' ? 'kpiCatalogue.never' : 'kpiCatalogue.none');
  const text = String(value);
  if (kind === 'month') return t('kpiCatalogue.month', { month: text });
  if (kind === 'percent') return formatPercentText(text);
  return formatMoney(text, currency);
}

/** A signed exact difference ("+3", "-1250.00", "+1.25") as text: months, money, points. */
export function formatKpiDelta(kind: KpiValueKind, delta: string, currency: string): string {
  if (kind === 'month') {
    return t('kpiCatalogue.deltaMonths', { n: Math.abs(Number(delta)), delta });
  }
  if (kind === 'percent') return t('kpiCatalogue.deltaPoints', { delta });
  const plus = delta.startsWith('+');
  return `${plus ? '+' : ''}${formatMoney(plus ? delta.slice(1) : delta, currency)}`;
}
