import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/ui/format/money';
import {
  KPI_CATALOGUE,
  formatKpi,
  formatKpiDelta,
  kpiLabel,
  readKpi,
} from '../../../src/ui/kpi/kpi-catalogue';
import { goldenCase } from '../charts/golden-result';

describe('the KPI catalogue', () => {
  it('reads every summary figure exactly as the engine wrote it', () => {
    const { canonical, result } = goldenCase('01');
    const s = canonical.summary;
    expect(readKpi('partnershipBreakEven', result.summary)).toBe(s.partnershipBreakEvenMonth);
    expect(readKpi('totalRevenue', result.summary)).toBe(s.totalRevenue);
    expect(readKpi('maxExposure', result.summary, 'isv')).toBe(s.maxExposure.isv);
    expect(readKpi('finalPosition', result.summary, 'msp')).toBe(s.totals.msp.position);
    expect(readKpi('marginOverHorizon', result.summary)).toBeNull();
  });

  it('names a figure alone or with a partner, and formats it by its kind', () => {
    expect(kpiLabel(KPI_CATALOGUE.finalPosition)).toBe('Final position');
    expect(kpiLabel(KPI_CATALOGUE.finalPosition, 'VSHN')).toBe('VSHN: final position');
    expect(kpiLabel(KPI_CATALOGUE.partnershipBreakEven, 'VSHN')).toBe(
      'Partnership break-even month',
    );
    expect(formatKpi('month', 26, 'CHF')).toBe('month 26');
    expect(formatKpi('month', null, 'CHF')).toBe('never');
    expect(formatKpi('percent', null, 'CHF')).toBe('–');
    expect(formatKpi('money', '-44631.26', 'CHF')).toBe(formatMoney('-44631.26', 'CHF'));
    expect(formatKpiDelta('month', '+1', 'CHF')).toBe('+1 month');
    expect(formatKpiDelta('month', '-3', 'CHF')).toBe('-3 months');
    expect(formatKpiDelta('money', '+1250.00', 'CHF')).toBe(`+${formatMoney('1250.00', 'CHF')}`);
  });
});
