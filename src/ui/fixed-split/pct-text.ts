/** The fixed split's percentage as typed or slid, as the decimal text the store keeps. */

const PCT_TEXT = /^(100(\.0)?|[1-9]?[0-9](\.[0-9])?)$/;

/** The percentage typed by a user as canonical-enough text, or null if it is not 0…100 in steps of 0.1. */
export function parsePctInput(text: string): string | null {
  const t = text.trim().replace(',', '.');
  if (!PCT_TEXT.test(t)) return null;
  return t.includes('.') ? t : `${t}.0`;
}

/**
 * A slider position (a float from `<input type="range">`, step 0.1) as exact tenths text. The
 * browser's value can carry binary noise ("61.300000000000004"), so it is rounded to tenths first.
 */
export function pctFromSlider(value: string): string {
  const tenths = Math.min(1000, Math.max(0, Math.round(Number(value) * 10)));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
