/** Months as people say them: "Month 26 · 20 months after go-live". */

/** Months after go-live for month `month` (go-live itself is 0). Negative before go-live. */
export function monthsAfterGoLive(month: number, goLiveMonth: number): number {
  return month - goLiveMonth;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

/** "20 months after go-live", "at go-live", "3 months before go-live". */
export function relativeToGoLive(month: number, goLiveMonth: number): string {
  const d = monthsAfterGoLive(month, goLiveMonth);
  if (d === 0) return 'at go-live';
  if (d > 0) return `${plural(d, 'month', 'months')} after go-live`;
  return `${plural(-d, 'month', 'months')} before go-live`;
}

export function formatMonth(month: number, goLiveMonth?: number): string {
  if (goLiveMonth === undefined) return `Month ${month}`;
  return `Month ${month} · ${relativeToGoLive(month, goLiveMonth)}`;
}
