import { describe, expect, it } from 'vitest';
import { defaultScenario, risk, upgradeScenario } from '../../../src/engine';
import type { Scenario } from '../../../src/engine';
import { formatMoney } from '../../../src/ui/format/money';
import { fanEnds, riskFanLayer } from '../../../src/ui/risk/fan-layer';

const labels = { msp: 'VSHN', isv: 'ISV' };

function riskOver(horizonMonths: number) {
  const s = {
    ...upgradeScenario({ ...(structuredClone(defaultScenario) as Scenario), horizonMonths }),
    uncertainty: {
      runs: 20,
      seed: 3,
      ranges: [{ field: 'msp.initEffortPct' as const, low: '80', high: '150' }],
    },
  };
  return risk(s);
}

describe('the risk fan over the presentation’s timeline', () => {
  it('fills each partner’s P10–P90 band, names only the bands and P50 lines', () => {
    const layer = riskFanLayer(riskOver(120), 120, labels, 'CHF');
    expect(layer.fans.map((f) => [f.lower, f.upper])).toEqual([
      ['risk-msp-p10', 'risk-msp-p90'],
      ['risk-isv-p10', 'risk-isv-p90'],
    ]);
    expect(layer.lines.filter((l) => l.inLegend !== false).map((l) => l.label)).toEqual([
      'VSHN P50 (risk)',
      'ISV P50 (risk)',
    ]);
    expect(layer.fans.map((f) => f.label)).toEqual(['VSHN P10–P90 (risk)', 'ISV P10–P90 (risk)']);
  });

  it('gives the table each partner’s exact P10, P50 and P90; a dash between band months', () => {
    const r = riskOver(600);
    const layer = riskFanLayer(r, 600, labels, 'CHF');
    expect(layer.columns).toEqual([
      'VSHN P10',
      'VSHN P50',
      'VSHN P90',
      'ISV P10',
      'ISV P50',
      'ISV P90',
    ]);
    // Month 3 is the first band month (600 months hold 240 band months).
    const first = r.bands.months[0] ?? 0;
    expect(first).toBe(3);
    const at = (k: 'msp' | 'isv', q: 'p10' | 'p50' | 'p90') =>
      formatMoney(r.bands[k][q][0] ?? '', 'CHF');
    expect(layer.row(first - 1)).toEqual([
      at('msp', 'p10'),
      at('msp', 'p50'),
      at('msp', 'p90'),
      at('isv', 'p10'),
      at('isv', 'p50'),
      at('isv', 'p90'),
    ]);
    expect(layer.row(0)).toEqual(Array(6).fill('–'));
  });

  it('says where each partner ends, from the last band month', () => {
    const r = riskOver(120);
    const end = (k: 'msp' | 'isv', q: 'p10' | 'p50' | 'p90') =>
      formatMoney(r.bands[k][q].at(-1) ?? '', 'CHF');
    expect(fanEnds(r, labels, 'CHF')).toEqual([
      `VSHN: ${end('msp', 'p10')} to ${end('msp', 'p90')}, median ${end('msp', 'p50')}`,
      `ISV: ${end('isv', 'p10')} to ${end('isv', 'p90')}, median ${end('isv', 'p50')}`,
    ]);
  });
});
