import { upgradeScenario } from '../../engine';
import type { Scenario } from '../../engine';
import { selectLastRisk, selectUncertainty, useAppState } from '../../state';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { FanChart } from './RiskCharts';
import { runsPercent } from './risk-model';
import { uncertainLabel } from './risk-words';
import { t, useT } from '../i18n';

/** JSON with every object's keys sorted: equal for equal scenarios whatever their key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const monthText = (m: number | null) =>
  m === null ? t('risk.notWithin') : t('risk.month', { month: m });

/**
 * The report's risk page: shown when ranges are set and the Risk view has computed them for
 * this very scenario (a report never starts an analysis of its own).
 */
export function ReportRisk({ scenario }: { scenario: Scenario }) {
  useT();
  const last = useAppState(selectLastRisk);
  const uncertainty = useAppState(selectUncertainty);
  if (last === null || uncertainty === undefined || uncertainty.ranges.length === 0) return null;
  const s = last.scenario;
  // Only figures of this very scenario and these ranges (the report may show another's result).
  if (stable(s) !== stable({ ...upgradeScenario(scenario), uncertainty })) return null;
  const r = last.result;
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
      <FanChart result={r} horizon={s.horizonMonths} currency={scenario.currency} labels={labels} />
    </section>
  );
}
