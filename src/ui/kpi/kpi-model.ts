import type { PartnerKey, SimulationResult } from '../../engine/index';
import { marginPctAt } from '../charts/series';
import { formatMoney } from '../format/money';
import { relativeToGoLive } from '../format/month';
import { formatPercentText } from '../format/percent';
import { capitalise } from '../format/text';

/**
 * The KPI cards as plain data, derived from a result: what each card shows, in words, and the
 * canonical value (spec section 7) that tests and tools read from `data-value`.
 */
export type KpiKind =
  'breakeven' | 'breakeven-both' | 'margin' | 'exposure' | 'position' | 'revenue';

export interface KpiCardModel {
  testId: string;
  /** What sort of figure (drives layout at narrow widths). */
  kind: KpiKind;
  /** Which figure ("Break-even"). */
  title: string;
  /** Whose figure ("VSHN", "Both partners"); user text, rendered as text only. */
  who: string;
  /** The large figure. */
  value: string;
  /** One plain-words line under the figure. */
  subtitle: string;
  /** Canonical value: month number, money or percent text; '' when there is none. */
  dataValue: string;
  /** Partner the card belongs to (colour cue), if any. */
  partner?: PartnerKey;
}

export type PartnerLabels = Record<PartnerKey, string>;

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

function breakEvenCard(
  testId: string,
  who: string,
  month: number | null,
  goLive: number,
  horizon: number,
  partner?: PartnerKey,
): KpiCardModel {
  const kind: KpiKind = partner ? 'breakeven' : 'breakeven-both';
  if (month === null) {
    return {
      testId,
      kind,
      title: 'Break-even',
      who,
      value: 'Not reached',
      subtitle: `Still out of pocket after ${horizon} months`,
      dataValue: '',
      partner,
    };
  }
  return {
    testId,
    kind,
    title: 'Break-even',
    who,
    value: `Month ${month}`,
    subtitle: capitalise(relativeToGoLive(month, goLive)),
    dataValue: String(month),
    partner,
  };
}

/**
 * The margin card's sum is over all phase-5 months; the model's promise is per month (each
 * month both partners earn the same margin). So the card also shows the last month's margin,
 * which the other partner's card shows too.
 */
function marginSubtitle(result: SimulationResult, p: PartnerKey, reached: boolean): string {
  if (!reached) return 'No month after payback (phase 5) yet';
  const last = result.horizonMonths;
  const monthPct = result.phase[last - 1] === 5 ? marginPctAt(result, p, last - 1) : null;
  return monthPct === null
    ? 'All phase-5 months together'
    : `All phase-5 months together; month ${last} alone: ${formatPercentText(monthPct)}`;
}

/**
 * The cards in reading order: the month-valued and percent cards first (short figures), then the
 * amounts, so a row of five fits at desktop widths.
 */
export function kpiCards(
  result: SimulationResult,
  currency: string,
  labels: PartnerLabels,
): KpiCardModel[] {
  const s = result.summary;
  const H = result.horizonMonths;
  const money = (v: string) => formatMoney(v, currency);

  const breakEven = [
    ...KEYS.map((p) =>
      breakEvenCard(`kpi-breakeven-${p}`, labels[p], s.breakEvenMonth[p], s.goLiveMonth, H, p),
    ),
    breakEvenCard(
      'kpi-breakeven-partnership',
      'Both partners',
      s.partnershipBreakEvenMonth,
      s.goLiveMonth,
      H,
    ),
  ];

  const exposure = KEYS.map((p): KpiCardModel => {
    const month = s.maxExposureMonth[p];
    return {
      testId: `kpi-max-exposure-${p}`,
      kind: 'exposure',
      title: 'Most out of pocket',
      who: labels[p],
      value: money(s.maxExposure[p]),
      subtitle: month === null ? 'Never out of pocket' : `Deepest point in month ${month}`,
      dataValue: s.maxExposure[p],
      partner: p,
    };
  });

  const finalPosition = KEYS.map((p): KpiCardModel => {
    const position = s.totals[p].position;
    return {
      testId: `kpi-final-position-${p}`,
      kind: 'position',
      title: 'Final position',
      who: labels[p],
      value: money(position),
      subtitle: `Received minus costs after ${H} months`,
      dataValue: position,
      partner: p,
    };
  });

  const margin = KEYS.map((p): KpiCardModel => {
    const pct = s.marginAfterPaybackPct[p];
    return {
      testId: `kpi-margin-${p}`,
      kind: 'margin',
      title: 'Margin after payback',
      who: labels[p],
      value: pct === null ? 'Not reached' : formatPercentText(pct),
      subtitle: marginSubtitle(result, p, pct !== null),
      dataValue: pct ?? '',
      partner: p,
    };
  });

  const total: KpiCardModel = {
    testId: 'kpi-total-revenue',
    kind: 'revenue',
    title: 'Total revenue',
    who: 'The service',
    value: money(s.totalRevenue),
    subtitle: `Billed to customers in ${H} months`,
    dataValue: s.totalRevenue,
  };

  return [...breakEven, ...margin, ...exposure, ...finalPosition, total];
}
