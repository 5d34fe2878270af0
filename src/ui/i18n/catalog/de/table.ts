import type { table as en } from '../en/table';

/** The monthly table and the CSV file. */
export const table: Record<keyof typeof en, string> = {
  'column.month': 'Monat',
  'column.phase': 'Phase',
  'column.instances': 'Instanzen',
  'column.billedInstances': 'Verrechnete Instanzen',
  'column.price': 'Preis',
  'column.revenue': 'Umsatz',
  'column.cost': 'Kosten',
  'column.share': 'Anteil',
  'column.position': 'Saldo',
  'column.catchUp': 'Nachholung',
  'column.equalSplit': 'Hälftige Teilung',
  'column.proportional': 'Anteilig',
  'table.caption':
    '{months, plural, one {Alle Zahlen je Monat, # Monat; Beträge in {currency}} other {Alle Zahlen je Monat, # Monate; Beträge in {currency}}}',
  'table.heading': 'Monat für Monat',
  'table.jumpLabel': 'Gehe zu Monat',
  'table.jumpGo': 'Los',
  'table.jumpProblem': 'Geben Sie einen Monat von 1 bis {months} ein.',
  'csv.monthColumn': '{name}',
  'csv.partnerColumn': '{partner} {name}',
  'csv.moneyColumn': '{name} ({currency})',
  'csv.partnerMoneyColumn': '{partner} {name} ({currency})',
  'csv.download': 'CSV herunterladen',
  'csv.separator': 'CSV-Trennzeichen',
  'csv.comma': 'Komma (Standard)',
  'csv.semicolon': 'Semikolon (für Tabellenprogramme mit deutscher/Schweizer Einstellung)',
};
