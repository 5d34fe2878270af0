/**
 * Types shared by TimeChart (the frame) and ChartCanvas (the drawing). Kept apart so the two
 * modules do not import each other.
 */

/** One line of a chart: chart coordinates per month (index 0 is month 1; NaN is a gap). */
export interface LineSpec {
  key: string;
  label: string;
  values: Float64Array;
  color: string;
  dash?: string;
  /** false: drawn, but not listed in the legend (a band's edges, named by the band). */
  inLegend?: boolean;
}

/** A band filled between two of the chart's lines (by their keys), e.g. a P10–P90 fan. */
export interface FanSpec {
  key: string;
  label: string;
  lower: string;
  upper: string;
  /** The fill, translucent (the legend's swatch is drawn with it too). */
  fill: string;
}

/**
 * Series laid over a chart by another view (the risk bands over the timeline): their lines and
 * bands, and their columns in the chart's table, read from exact figures.
 */
export interface ExtraSeries {
  lines: readonly LineSpec[];
  fans: readonly FanSpec[];
  columns: readonly string[];
  /** The cells of month index i (0 is month 1), one per column. */
  row: (index: number) => readonly string[];
}
