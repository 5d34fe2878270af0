import { describe, expect, it } from 'vitest';
import { parseScenario, simulate } from '../../../src/engine/index';
import { cellText } from '../../../src/ui/table/cell-text';
import { MONTH_COLUMNS } from '../../../src/ui/table/month-columns';
import { COLUMN_WIDTH, columnWidths } from '../../../src/ui/table/table-layout';
import { goldenVectors } from '../../golden';

function run(prefix: string) {
  const v = goldenVectors().find((g) => g.file.startsWith(prefix));
  if (!v) throw new Error(`golden vector ${prefix} missing`);
  const scenario = parseScenario(v.scenario);
  return { scenario, result: simulate(scenario) };
}

describe('columnWidths', () => {
  it('keeps the default widths for everyday amounts', () => {
    const { scenario, result } = run('01');
    expect(columnWidths(result, scenario.currency)).toEqual(
      MONTH_COLUMNS.map((c) => COLUMN_WIDTH[c.kind]),
    );
  });

  it('widens a column until its longest figure fits (amounts past 40 digits)', () => {
    const { scenario, result } = run('21');
    const widths = columnWidths(result, scenario.currency);
    MONTH_COLUMNS.forEach((column, c) => {
      if (column.kind !== 'money') return;
      let longest = 0;
      for (let i = 0; i < result.horizonMonths; i++) {
        longest = Math.max(
          longest,
          cellText('money', column.value(result, i), scenario.currency).length,
        );
      }
      // At least 8 px per character: tabular digits at the table's font size are narrower.
      expect(widths[c]).toBeGreaterThanOrEqual(longest * 8);
    });
    expect(Math.max(...widths)).toBeGreaterThan(COLUMN_WIDTH.money);
  });
});
