import type { PartnerKey, SimulationResult } from '../../engine/index';
import { marginPctAt } from '../charts/series';
import { formatMoney } from '../format/money';
import { operationMonth } from '../format/month';
import { formatPercentText } from '../format/percent';
import { t } from '../i18n';
import { kpiTitle, readKpi } from './kpi-catalogue';
import type { KpiId } from './kpi-catalogue';

/**
 * The KPI cards as plain data, derived from a result: what each card shows, in words, and the
 * canonical value (spec section 7) that tests and tools read from `data-value`.
 */
export type KpiKind =
  'breakeven' | 'breakeven-both' | 'margin' | 'exposure' | 'position' | 'revenue';

export interface KpiCardModel {
  testId: string;
  /** The catalogue's figure the card shows. */
  kpi: KpiId;
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
  const card = {
    testId,
    kpi: partner ? 'breakEven' : 'partnershipBreakEven',
    kind: partner ? 'breakeven' : 'breakeven-both',
    title: kpiTitle('breakEven'),
    who,
    partner,
  } as const;
  if (month === null) {
    return {
      ...card,
      value: t('kpi.notReached'),
      subtitle: t('kpi.stillOut', { months: horizon }),
      dataValue: '',
    };
  }
  return {
    ...card,
    value: t('kpi.month', { month }),
    subtitle: relativeToGoLive(month, goLive),
    dataValue: String(month),
  };
}

/** "Month 20 of operation", "The go-live month", "3 months before go-live", as a card line. */
function relativeToGoLive(month: number, goLive: number): string {
  const n = operationMonth(month, goLive);
  if (n === null) return t('kpi.beforeGoLive', { months: goLive - month });
  return n === 1 ? t('kpi.goLiveMonth') : t('kpi.operationMonth', { n });
}

/**
 * The margin card's sum is over all phase-5 months; the model's promise is per month (each
 * month both partners earn the same margin). So the card also shows the last month's margin,
 * which the other partner's card shows too.
 */
function marginSubtitle(result: SimulationResult, p: PartnerKey, reached: boolean): string {
  if (!reached) return t('kpi.marginNone');
  const last = result.horizonMonths;
  const monthPct = result.phase[last - 1] === 5 ? marginPctAt(result, p, last - 1) : null;
  return monthPct === null
    ? t('kpi.marginAll')
    : t('kpi.marginAllLast', { month: last, pct: formatPercentText(monthPct) });
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
      t('kpi.bothPartners'),
      s.partnershipBreakEvenMonth,
      s.goLiveMonth,
      H,
    ),
  ];

  // A card per partner for a figure of the catalogue: what differs is only what it says.
  const perPartner = (
    kpi: KpiId,
    kind: KpiKind,
    testId: string,
    say: (p: PartnerKey) => Pick<KpiCardModel, 'value' | 'subtitle' | 'dataValue'>,
  ) =>
    KEYS.map((p): KpiCardModel => ({
      testId: `${testId}-${p}`,
      kpi,
      kind,
      title: kpiTitle(kpi),
      who: labels[p],
      partner: p,
      ...say(p),
    }));

  const exposure = perPartner('maxExposure', 'exposure', 'kpi-max-exposure', (p) => {
    const month = s.maxExposureMonth[p];
    const amount = String(readKpi('maxExposure', s, p));
    return {
      value: money(amount),
      subtitle: month === null ? t('kpi.neverOut') : t('kpi.deepest', { month }),
      dataValue: amount,
    };
  });

  const finalPosition = perPartner('finalPosition', 'position', 'kpi-final-position', (p) => {
    const position = String(readKpi('finalPosition', s, p));
    return {
      value: money(position),
      subtitle: t('kpi.finalSubtitle', { months: H }),
      dataValue: position,
    };
  });

  const margin = perPartner('margin', 'margin', 'kpi-margin', (p) => {
    const margin = readKpi('margin', s, p);
    const pct = margin === null ? null : String(margin);
    return {
      value: pct === null ? t('kpi.notReached') : formatPercentText(pct),
      subtitle: marginSubtitle(result, p, pct !== null),
      dataValue: pct ?? '',
    };
  });

  const revenue = String(readKpi('totalRevenue', s));
  const total: KpiCardModel = {
    testId: 'kpi-total-revenue',
    kpi: 'totalRevenue',
    kind: 'revenue',
    title: kpiTitle('totalRevenue'),
    who: t('kpi.theService'),
    value: money(revenue),
    subtitle: t('kpi.revenueSubtitle', { months: H }),
    dataValue: revenue,
  };

  return [...breakEven, ...margin, ...exposure, ...finalPosition, total];
}
