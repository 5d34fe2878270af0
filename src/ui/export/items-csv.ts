import type { ScenarioV2 } from '../../engine/index';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { AMOUNT_KEYS, MONEY_KEYS, scenarioItems } from '../report/cost-items';
import { csvFieldIn, neutraliseFormula } from './csv';
import type { CsvOptions } from './csv';

/**
 * Both partners' cost items as CSV (RFC 4180), one row per item: the partner, the item's number
 * ("A.1", as the report cites it) and label, its own hourly rate (empty where it uses the
 * partner's) and the rate its hours are costed at, the six amounts exactly as the scenario holds
 * them, and its set-up, monthly and per-instance money at year-0 rates (each rounded to the cent,
 * as the report shows them). A second file beside the months CSV, not a section of it: every CSV
 * reader expects one table per file. The header is in the active language, the values canonical.
 */

const HEADERS = [
  'csv.items.partner',
  'csv.items.number',
  'csv.items.item',
  'csv.items.ownRate',
  'csv.items.rate',
  'csv.items.initHours',
  'csv.items.initOther',
  'csv.items.monthlyHours',
  'csv.items.monthlyOther',
  'csv.items.hoursPerInstance',
  'csv.items.otherPerInstance',
  'csv.items.init',
  'csv.items.fixed',
  'csv.items.unit',
] as const satisfies readonly MessageKey[];

const CRLF = '\r\n';

export function itemsCsv(scenario: ScenarioV2, { separator = ',' }: CsvOptions = {}): string {
  // Typed text (partner and item labels) is neutralised and quoted; canonical numbers need neither.
  const text = (s: string) => csvFieldIn(neutraliseFormula(s), separator);
  const lines = [HEADERS.map((key) => text(t(key, { currency: scenario.currency })))];
  for (const partner of scenarioItems(scenario)) {
    for (const row of partner.rows) {
      lines.push([
        text(partner.label),
        row.number,
        text(row.item.label),
        row.item.hourlyRate ?? '',
        row.rate,
        ...AMOUNT_KEYS.map((k) => row.item[k]),
        ...MONEY_KEYS.map((k) => row.money[k]),
      ]);
    }
  }
  return lines.map((cells) => cells.join(separator)).join(CRLF) + CRLF;
}
