import type { PartnerKey } from '../../engine/index';
import { canonicalText, MONTH_COLUMNS } from '../table/month-columns';
import type { MonthColumn, MonthData } from '../table/month-columns';

/**
 * The month table as CSV (RFC 4180): a header row, then one row per month holding exactly the
 * engine's canonical values (spec section 7: "-41200.09", "5.059467", 26): no grouping, no
 * rounding, no currency signs, so a spreadsheet or script reads the same numbers the engine made.
 *
 * Decision: the scenario's name goes only into the file name, not into the content. A title or
 * comment line before the header is not RFC 4180 and breaks most CSV readers, and a "scenario"
 * column would repeat the name 6,000 times. Partner labels do appear, in the header ("VSHN cost").
 *
 * Only text a user typed (the partner labels in the header) is neutralised against spreadsheet
 * formula injection; the numeric cells are left exactly as the engine wrote them, so a negative
 * position stays "-41200.09".
 */

/** What the export needs from a scenario (a full `Scenario` fits). */
export interface CsvScenario {
  currency: string;
  msp: { label: string };
  isv: { label: string };
}

const CRLF = '\r\n';

/**
 * Spreadsheets treat a cell starting with = + - @ (and, in some, a tab or carriage return) as a
 * formula. Prefixing an apostrophe makes it plain text (OWASP "CSV injection" advice).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes inside are doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header cell of a column, e.g. "month", "price (CHF)", "VSHN catch-up (CHF)". */
export function columnHeader(
  column: MonthColumn,
  labels: Record<PartnerKey, string>,
  currency: string,
): string {
  const name = column.partner === null ? column.name : `${labels[column.partner]} ${column.name}`;
  return column.kind === 'money' ? `${name} (${currency})` : name;
}

export function monthsCsv(result: MonthData, scenario: CsvScenario): string {
  const labels: Record<PartnerKey, string> = { msp: scenario.msp.label, isv: scenario.isv.label };
  const header = MONTH_COLUMNS.map((c) =>
    csvField(neutraliseFormula(columnHeader(c, labels, scenario.currency))),
  ).join(',');
  const lines = new Array<string>(result.horizonMonths + 1);
  lines[0] = header;
  for (let i = 0; i < result.horizonMonths; i++) {
    // Canonical numbers never contain a comma, quote or line break, and a leading "-" is a
    // genuine negative number here: these cells need neither quoting nor neutralising.
    lines[i + 1] = MONTH_COLUMNS.map((c) => canonicalText(c.kind, c.value(result, i))).join(',');
  }
  // RFC 4180 ends every record with CRLF, the last one included.
  return lines.join(CRLF) + CRLF;
}

/**
 * "Example: managed service" -> "example-managed-service-months.csv". Letters and digits only
 * (accents folded to their base letter), runs of anything else become one hyphen, so the name is
 * safe on every file system; an empty result falls back to "scenario".
 */
export function csvFileName(scenarioName: string): string {
  const slug = scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug === '' ? 'scenario' : slug}-months.csv`;
}
