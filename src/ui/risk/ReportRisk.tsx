import type { Scenario } from '../../engine';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { FanChart } from './RiskCharts';
import { runsPercent } from './risk-model';
import { useRiskResultFor } from './risk-scenario';
import { uncertainLabel } from './risk-words';
import { t, useT } from '../i18n';

const monthText = (m: number | null) =>
  m === null ? t('risk.notWithin') : t('risk.month', { month: m });

/**
 * The report's risk page: shown when ranges are set and the Risk view has computed them for
 * this very scenario (a report never starts an analysis of its own).
 */
export function ReportRisk({ scenario }: { scenario: Scenario }) {
  useT();
  // Only figures of this very scenario and these ranges (the report may show another's result).
  const risk = useRiskResultFor(scenario);
  if (risk === null) return null;
  const { result: r, uncertainty } = risk;
  const labels = { msp: scenario.msp.label, isv: scenario.isv.label };
  const p = r.breakEven.partnership;
  return (
    <section className="report-section report-section--risk" aria-labelledby="report-risk">
      <h2 id="report-risk">{t('risk.reportTitle')}</h2>
      <p>
        {t('risk.reportIntro', {
          runs: r.runs,
          seed: r.seed,
          ranges: uncertainty.ranges
            .map((x) =>
              t('risk.reportRange', {
                input: uncertainLabel(t, x.field, labels),
                low: x.low,
                high: x.high,
              }),
            )
            .join(', '),
          p50: monthText(p.p50),
          p10: monthText(p.p10),
          p90: monthText(p.p90),
        })}{' '}
        {(['msp', 'isv'] as const)
          .map((k) =>
            t('risk.reportPartner', {
              who: labels[k],
              median: formatMoney(r.finalPosition[k].p50, scenario.currency),
              loss: formatPercentText(runsPercent(r.finalPosition[k].lossRuns, r.runs)),
              exposure: formatMoney(r.maxExposure[k].p90, scenario.currency),
            }),
          )
          .join(' ')}
      </p>
      <FanChart
        result={r}
        horizon={scenario.horizonMonths}
        currency={scenario.currency}
        labels={labels}
      />
    </section>
  );
}
