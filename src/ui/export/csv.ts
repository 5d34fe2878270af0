import type { PartnerKey } from '../../engine/index';
import { t } from '../i18n';
import { canonicalText, columnName, MONTH_COLUMNS } from '../table/month-columns';
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
 * The field separator. A comma is RFC 4180 and what scripts and English spreadsheets expect;
 * spreadsheet programs set to a German or Swiss locale split on semicolons instead (their comma
 * is the decimal sign). Either way the numbers stay canonical, with a decimal point.
 */
export type CsvSeparator = ',' | ';';

export interface CsvOptions {
  separator?: CsvSeparator;
}

/**
 * Spreadsheets treat a cell starting with = + - @ (and, in some, a tab or carriage return) as a
 * formula. Prefixing an apostrophe makes it plain text (OWASP "CSV injection" advice).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 field: quoted when it holds the separator (a comma, or a semicolon in a semicolon
 * file), a quote, CR or LF; quotes inside are doubled.
 */
export function csvFieldIn(text: string, separator: CsvSeparator): string {
  const special = separator === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** An RFC 4180 field of a comma-separated file. */
export function csvField(text: string): string {
  return csvFieldIn(text, ',');
}

/**
 * The header cell of a column in the active language, e.g. "month", "price (CHF)", "VSHN
 * catch-up (CHF)"; in German "Preis (CHF)".
 */
export function columnHeader(
  column: MonthColumn,
  labels: Record<PartnerKey, string>,
  currency: string,
): string {
  const name = columnName(column);
  const money = column.kind === 'money';
  if (column.partner === null) {
    return money ? t('csv.moneyColumn', { name, currency }) : t('csv.monthColumn', { name });
  }
  const partner = labels[column.partner];
  return money
    ? t('csv.partnerMoneyColumn', { partner, name, currency })
    : t('csv.partnerColumn', { partner, name });
}

export function monthsCsv(
  result: MonthData,
  scenario: CsvScenario,
  { separator = ',' }: CsvOptions = {},
): string {
  const labels: Record<PartnerKey, string> = { msp: scenario.msp.label, isv: scenario.isv.label };
  const header = MONTH_COLUMNS.map((c) =>
    csvFieldIn(neutraliseFormula(columnHeader(c, labels, scenario.currency)), separator),
  ).join(separator);
  const lines = new Array<string>(result.horizonMonths + 1);
  lines[0] = header;
  for (let i = 0; i < result.horizonMonths; i++) {
    // Canonical numbers never contain a separator, quote or line break, and a leading "-" is a
    // genuine negative number here: these cells need neither quoting nor neutralising.
    lines[i + 1] = MONTH_COLUMNS.map((c) => canonicalText(c.kind, c.value(result, i))).join(
      separator,
    );
  }
  // RFC 4180 ends every record with CRLF, the last one included.
  return lines.join(CRLF) + CRLF;
}

/**
 * "Example: managed service" -> "example-managed-service-months.csv" ("…-items.csv" for the items
 * file). Letters and digits only (accents folded to their base letter), runs of anything else
 * become one hyphen, so the name is safe on every file system; an empty result falls back to
 * "scenario".
 */
export function csvFileName(scenarioName: string, content: 'months' | 'items' = 'months'): string {
  const slug = scenarioName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug === '' ? 'scenario' : slug}-${content}.csv`;
}
