import { describe, expect, it } from 'vitest';
import { goldenVectors } from '../../golden';
import { parseScenario, simulate } from '../../../src/engine/index';
import { kpiCards } from '../../../src/ui/kpi/kpi-model';
import { resultFromCanonical } from '../charts/golden-result';
import type { Canonical } from '../charts/golden-result';

describe('KPI data-values', () => {
  it.each(goldenVectors().map((v) => [v.file, v] as const))(
    'equal the canonical summary for %s',
    (_file, v) => {
      const canonical = v.expected as Canonical;
      const s = canonical.summary;
      const result = simulate(parseScenario(v.scenario));
      const values = Object.fromEntries(
        kpiCards(result, 'CHF', { msp: 'A', isv: 'B' }).map((c) => [c.testId, c.dataValue]),
      );
      const month = (m: number | null) => (m === null ? '' : String(m));
      expect(values).toMatchObject({
        'kpi-breakeven-msp': month(s.breakEvenMonth.msp),
        'kpi-breakeven-isv': month(s.breakEvenMonth.isv),
        'kpi-breakeven-partnership': month(s.partnershipBreakEvenMonth),
        'kpi-max-exposure-msp': s.maxExposure.msp,
        'kpi-max-exposure-isv': s.maxExposure.isv,
        'kpi-final-position-msp': s.totals.msp.position,
        'kpi-final-position-isv': s.totals.isv.position,
        'kpi-total-revenue': s.totalRevenue,
      });
      // Margin after payback: the engine's figure agrees with one computed from canonical months.
      const fromCanonical = resultFromCanonical(canonical).summary.marginAfterPaybackPct;
      expect(values['kpi-margin-msp']).toBe(fromCanonical.msp ?? '');
      expect(values['kpi-margin-isv']).toBe(fromCanonical.isv ?? '');
    },
  );
});
