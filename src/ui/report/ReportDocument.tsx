import { useMemo } from 'react';
import type { Scenario, ScenarioV2, SimulationResult } from '../../engine/index';
import { MarginChart } from '../charts/MarginChart';
import { PositionChart } from '../charts/PositionChart';
import { positionSummary } from '../charts/summaries';
import { FixedSplitPanel } from '../fixed-split/FixedSplitPanel';
import { KpiCards } from '../kpi/KpiCards';
import { ReportRisk } from '../risk/ReportRisk';
import { PhaseTimeline } from '../timeline/PhaseTimeline';
import { PHASES } from '../theme/phases';
import { phaseSegments } from '../timeline/segments';
import { formatDateTime } from '../format/date';
import { useT } from '../i18n';
import { partnerInputRows, scenarioInputGroups } from './report-inputs';
import { shortAddress } from './report-link';
import { WhoDoesWhat } from './WhoDoesWhat';
import { asScenarioV2 } from '../hooks/use-scenario-v2';
import { ColumnHeads } from '../table/ColumnHeads';

export interface ReportDocumentProps {
  result: SimulationResult;
  /** The scenario the result was computed from. */
  scenario: Scenario;
  /** When the report was made (shown on it). */
  createdAt: Date;
  /** Where the scenario can be opened again (the page's link). */
  link: string;
}

/** Phase runs listed one by one; a scenario that dips back and forth is summarised after this many. */
const MAX_PHASE_ROWS = 12;

function PhaseList({ result }: { result: SimulationResult }) {
  const t = useT();
  const segments = useMemo(() => phaseSegments(result.phase), [result.phase]);
  const shown = segments.slice(0, MAX_PHASE_ROWS);
  return (
    <ol className="report__phases">
      {shown.map((s) => {
        const info = PHASES[s.phase];
        const months =
          s.startMonth === s.endMonth
            ? t('report.phaseMonth', { from: s.startMonth })
            : t('report.phaseMonths', { from: s.startMonth, to: s.endMonth });
        return (
          <li key={s.startMonth} style={{ borderLeftColor: info.edge }}>
            <strong>{t('report.phaseTitle', { phase: s.phase, name: info.name })}</strong>{' '}
            <span className="report__phase-months">{months}</span>
            <span className="report__phase-rule">{info.rule}</span>
          </li>
        );
      })}
      {segments.length > shown.length && (
        <li>{t('report.morePhases', { count: segments.length - shown.length })}</li>
      )}
    </ol>
  );
}

function InputTables({ scenario }: { scenario: Scenario | ScenarioV2 }) {
  const t = useT();
  const groups = scenarioInputGroups(scenario);
  const partners = partnerInputRows(scenario);
  return (
    <div className="report__inputs" data-testid="report-inputs">
      {groups.map((g) => (
        <table key={g.title} className="report__table">
          <caption>{g.title}</caption>
          <tbody>
            {g.rows.map((r) => (
              <tr key={r.path} data-path={r.path}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <table className="report__table report__table--partners">
        <caption>{t('report.partnerCosts')}</caption>
        <ColumnHeads heads={[null, t('report.mspColumn'), t('report.isvColumn')]} />
        <tbody>
          {partners.map((r) => (
            <tr key={r.key} data-path={`*.${r.key}`}>
              <th scope="row">{r.label}</th>
              <td>{r.msp}</td>
              <td>{r.isv}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The scenario as a document for people who were not in the room: what was assumed, what comes
 * out, how the five phases play out, and how a fixed split would compare. Laid out for A4.
 */
export function ReportDocument({ result, scenario, createdAt, link }: ReportDocumentProps) {
  const t = useT();
  const labels = useMemo(
    () => ({ msp: scenario.msp.label, isv: scenario.isv.label }),
    [scenario.msp.label, scenario.isv.label],
  );
  const { currency } = scenario;
  const name = scenario.name || t('report.untitled');
  const H = result.horizonMonths;
  return (
    <>
      <header className="report__head">
        <p className="report__kicker">{t('report.kicker')}</p>
        <h1 className="report__title" data-testid="report-title">
          {name}
        </h1>
        <p className="report__meta">
          {t('report.meta', { date: formatDateTime(createdAt), months: H, currency })}
        </p>
      </header>

      <section className="report-section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summaryHeading')}</h2>
        <p>
          {t('report.summary', {
            summary: positionSummary(result.summary, labels, currency, H),
          })}
        </p>
      </section>

      <section className="report-section" aria-labelledby="report-kpis">
        <h2 id="report-kpis">{t('report.kpisHeading')}</h2>
        <KpiCards result={result} currency={currency} labels={labels} />
      </section>

      <section className="report-section report-section--chart">
        <PositionChart result={result} currency={currency} labels={labels} height={240} />
      </section>

      <section className="report-section" aria-labelledby="report-phases">
        <h2 id="report-phases">{t('report.phasesHeading')}</h2>
        <PhaseTimeline phase={result.phase} goLiveMonth={result.summary.goLiveMonth} />
        <PhaseList result={result} />
      </section>

      <section className="report-section report-section--chart">
        <MarginChart result={result} currency={currency} labels={labels} height={220} />
      </section>

      <div className="report-section report-section--compare">
        <FixedSplitPanel result={result} currency={currency} labels={labels} />
      </div>

      <ReportRisk scenario={scenario} />

      <section className="report-section report-section--inputs" aria-labelledby="report-inputs">
        <h2 id="report-inputs">{t('report.inputsHeading')}</h2>
        <InputTables scenario={scenario} />
        <p className="report__link">
          {t('report.linkLead')}{' '}
          <a className="report__url" href={link} data-testid="report-link">
            {t('report.linkText', { name, address: shortAddress(link) })}
          </a>
        </p>
      </section>

      <WhoDoesWhat scenario={asScenarioV2(scenario)} />
    </>
  );
}
