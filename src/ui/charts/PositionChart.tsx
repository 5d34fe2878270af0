import { useMemo } from 'react';
import { moneyAt } from '../../engine/index';
import type { SimulationResult } from '../../engine/index';
import { selectRiskOverlay, useAppState } from '../../state';
import { formatAxisMoney, formatMoney } from '../format/money';
import { PARTNER_STYLE } from '../theme/phases';
import type { MonthMarker } from './chart-layers';
import type { ChartTableSpec } from './chart-table';
import { MonthTooltip } from './MonthTooltip';
import { extent, positionSeries } from './series';
import { positionSummary } from './summaries';
import type { Labels } from './summaries';
import { TimeChart } from './TimeChart';
import { t as activeT } from '../i18n';
import type { Translate } from '../i18n';
import { useWording } from './use-wording';
import type { ExtraSeries, LineSpec } from './chart-types';
import { fitRange } from './zoom';

export interface PartnerChartProps {
  result: SimulationResult;
  currency: string;
  labels: Labels;
  selectedMonth?: number | null;
  onSelectMonth?: (month: number) => void;
  stale?: boolean;
  height?: number;
  /** Playback (src/ui/playback): draw only up to this month; null or absent draws all. */
  playheadMonth?: number | null;
}

/** The break-even markers: one per partner, merged when they fall in the same month. */
export function breakEvenMarkers(
  result: SimulationResult,
  labels: Labels,
  t: Translate = activeT,
): MonthMarker[] {
  const s = result.summary;
  const a = s.breakEvenMonth.msp;
  const b = s.breakEvenMonth.isv;
  const together = s.partnershipBreakEvenMonth;
  const out: MonthMarker[] = [];
  if (a !== null && a === b) {
    out.push({
      month: a,
      label: t('chart.markerBoth', { month: a }),
      short: t('chart.markerBothShort', { month: a }),
      color: PARTNER_STYLE.partnership.color,
    });
  } else {
    if (a !== null)
      out.push({
        month: a,
        label: t('chart.markerPartner', { who: labels.msp, month: a }),
        short: t('chart.markerPartnerShort', { who: labels.msp, month: a }),
        color: PARTNER_STYLE.msp.color,
      });
    if (b !== null)
      out.push({
        month: b,
        label: t('chart.markerPartner', { who: labels.isv, month: b }),
        short: t('chart.markerPartnerShort', { who: labels.isv, month: b }),
        color: PARTNER_STYLE.isv.color,
      });
  }
  if (together !== null && together !== Math.max(a ?? 0, b ?? 0)) {
    out.push({
      month: together,
      label: t('chart.markerTogether', { month: together }),
      short: t('chart.markerTogetherShort', { month: together }),
      color: PARTNER_STYLE.partnership.color,
    });
  }
  return out;
}

/** Chart (a): each partner's cumulative position, with the zero line and break-even markers. */
export function PositionChart(
  props: PartnerChartProps & {
    extraMarkers?: readonly MonthMarker[];
    /** Zoom on the months, opening on the story up to the first break-even (not in the report). */
    zoomable?: boolean;
    /** Axis and marker type this many times the usual size (a projector). */
    textScale?: number;
    /**
     * Series laid over the positions with their table columns (the presentation's risk fan);
     * null: none. Absent: the Risk view's lines, when it lays them over this timeline.
     */
    extra?: ExtraSeries | null;
  },
) {
  const { result, currency, labels, extra } = props;
  const t = useWording();
  // The risk view's P10/P50/P90 lines, when laid over this timeline (src/ui/risk).
  const stored = useAppState(selectRiskOverlay);
  const storedHere = stored?.horizon === result.horizonMonths ? stored : null;
  const overlay = extra === undefined ? storedHere : extra;
  const lines = useMemo<LineSpec[]>(
    () => [
      {
        key: 'msp',
        label: labels.msp,
        values: positionSeries(result, 'msp'),
        ...PARTNER_STYLE.msp,
      },
      {
        key: 'isv',
        label: labels.isv,
        values: positionSeries(result, 'isv'),
        ...PARTNER_STYLE.isv,
      },
      ...(overlay?.lines ?? []),
    ],
    [result, labels.msp, labels.isv, overlay?.lines],
  );
  const yDomain = useMemo(() => {
    const [lo, hi] = extent(...lines.map((l) => l.values));
    return [Math.min(lo, 0), Math.max(hi, 0)] as const;
  }, [lines]);
  // Extra markers (the contract terms, src/ui/terms) come after the break-even ones.
  const { extraMarkers } = props;
  const markers = useMemo(
    () => [...breakEvenMarkers(result, labels, t), ...(extraMarkers ?? [])],
    [result, labels, extraMarkers, t],
  );
  const table = useMemo<ChartTableSpec>(
    () => ({
      columns: [
        t('chart.positionColumn', { who: labels.msp }),
        t('chart.positionColumn', { who: labels.isv }),
        ...(extra?.columns ?? []),
      ],
      row: (i) => [
        formatMoney(moneyAt(result.msp.position, i), currency),
        formatMoney(moneyAt(result.isv.position, i), currency),
        ...(extra?.row(i) ?? []),
      ],
    }),
    [result, currency, labels.msp, labels.isv, t, extra],
  );
  const s = result.summary;
  // Two numbers, so the memo below (and the chart's drawing) keeps when the result is equal.
  const [fitFirst, fitLast] = fitRange(
    [s.breakEvenMonth.msp, s.breakEvenMonth.isv, s.partnershipBreakEvenMonth],
    result.horizonMonths,
  );
  const zoom = useMemo(
    () => (props.zoomable ? { fit: [fitFirst, fitLast] as const } : undefined),
    [props.zoomable, fitFirst, fitLast],
  );
  const summary = positionSummary(result.summary, labels, currency, result.horizonMonths);
  return (
    <TimeChart
      testId="chart-position"
      title={t('chart.positionTitle')}
      summary={summary}
      phase={result.phase}
      lines={lines}
      fans={extra?.fans}
      yDomain={yDomain}
      yLabel={t('chart.positionAxis', { currency })}
      yLabelShort={currency}
      formatTick={formatAxisMoney}
      markers={markers}
      zeroLine
      renderTooltip={(i) => (
        <MonthTooltip result={result} currency={currency} labels={labels} index={i} />
      )}
      selectedMonth={props.selectedMonth}
      onSelectMonth={props.onSelectMonth}
      stale={props.stale}
      height={props.height}
      playheadMonth={props.playheadMonth}
      table={table}
      zoom={zoom}
      textScale={props.textScale}
    />
  );
}
