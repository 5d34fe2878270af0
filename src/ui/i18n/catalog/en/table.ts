/** The monthly table and the CSV file. */
export const table = {
  // Column names in lower case: the CSV header uses them as they are, the table capitalises them.
  'column.month': 'month',
  'column.phase': 'phase',
  'column.instances': 'instances',
  'column.billedInstances': 'billed instances',
  'column.price': 'price',
  'column.revenue': 'revenue',
  'column.cost': 'cost',
  'column.share': 'share',
  'column.position': 'position',
  'column.catchUp': 'catch-up',
  'column.equalSplit': 'equal split',
  'column.proportional': 'proportional',
  'table.caption':
    "{months, plural, one {Every month's figures, # month; amounts in {currency}} other {Every month's figures, # months; amounts in {currency}}}",
  'csv.monthColumn': '{name}',
  'csv.partnerColumn': '{partner} {name}',
  'csv.moneyColumn': '{name} ({currency})',
  'csv.partnerMoneyColumn': '{partner} {name} ({currency})',
  'csv.download': 'Download CSV',
  'csv.separator': 'CSV separator',
  'csv.comma': 'Comma-separated (standard)',
  'csv.semicolon': 'Semicolon-separated (for spreadsheet programs set to German/Swiss)',
} as const;
