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
}
