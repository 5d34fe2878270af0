/**
 * Months as people say them: "Month 26 · 20 months after go-live".
 *
 * Go-live is the start of month G. Some events happen at the end of a month (break-even: "the
 * first month at whose end the position is ≥ 0"), others at its start (a phase begins), so the
 * time since go-live depends on which edge of the month is meant: break-even at the end of month
 * 26 with go-live at the start of month 7 is 20 months of operation; phase 3 starting in month 12
 * starts 5 months after go-live.
 */
export type MonthEdge = 'start' | 'end';

/** Whole months from go-live to the given edge of `month`; negative before go-live. */
export function monthsAfterGoLive(month: number, goLiveMonth: number, edge: MonthEdge = 'end') {
  return month - goLiveMonth + (edge === 'end' ? 1 : 0);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** "20 months after go-live", "at go-live", "3 months before go-live". */
export function relativeToGoLive(
  month: number,
  goLiveMonth: number,
  edge: MonthEdge = 'end',
): string {
  const d = monthsAfterGoLive(month, goLiveMonth, edge);
  if (d === 0) return 'at go-live';
  if (d > 0) return `${plural(d, 'month', 'months')} after go-live`;
  return `${plural(-d, 'month', 'months')} before go-live`;
}

export function formatMonth(month: number, goLiveMonth?: number, edge: MonthEdge = 'end') {
  if (goLiveMonth === undefined) return `Month ${month}`;
  return `Month ${month} · ${relativeToGoLive(month, goLiveMonth, edge)}`;
}
