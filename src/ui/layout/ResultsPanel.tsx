import { memo, useDeferredValue, useMemo } from 'react';
import type { ReactNode } from 'react';
import { contractTerms } from '../../engine';
import type { Scenario, SimulationResult } from '../../engine';
import { selectResult, selectResultScenario, selectSelectedMonth, useAppState } from '../../state';
import { useWording } from '../charts/use-wording';
import { useT } from '../i18n';
import { KpiCards } from '../kpi/KpiCards';
import { termMarkers } from '../terms/term-markers';
// Below the KPIs: from a chunk loaded after the first paint.
import {
  ExplainPanel,
  FixedSplitPanel,
  InstancesChart,
  MarginChart,
  PhaseTimeline,
  PlayablePositionChart,
  RevenueSplitChart,
  TermsPanel,
} from './lazy-results';
import { RunError } from './RunError';
import { SectionBoundary } from './SectionBoundary';
import { STAGES, Stage } from './stages';
import { useStaleMark } from '../hooks/use-stale-mark';

interface ResultProps {
  result: SimulationResult;
  /** The scenario the result was computed from: its labels and currency go with its figures. */
  scenario: Scenario;
  stale: boolean;
}

function usePartnerLabels(scenario: Scenario) {
  return useMemo(
    () => ({ msp: scenario.msp.label, isv: scenario.isv.label }),
    [scenario.msp.label, scenario.isv.label],
  );
}

/** The KPI cards: cheap, so they take each new result at once (urgent render). */
function KeyFigures({ result, scenario, stale }: ResultProps) {
  const t = useT();
  const labels = usePartnerLabels(scenario);
  return (
    <SectionBoundary what={t('layout.what.kpis')} resetKey={result}>
      <KpiCards result={result} currency={scenario.currency} labels={labels} stale={stale} />
    </SectionBoundary>
  );
}

/**
 * Charts, phases and the deeper panels: the expensive part, rendered from a deferred result in a
 * background (time-sliced) render after the KPIs; memo keeps the urgent render from redoing them
 * with the result they already show.
 */
const Details = memo(function Details({ result, scenario, stale }: ResultProps) {
  const t = useT();
  const selectedMonth = useAppState(selectSelectedMonth);
  const select = useAppState((s) => s.selectMonth);
  const labels = usePartnerLabels(scenario);
  const { currency } = scenario;
  const { goLiveMonth } = result.summary;
  // The markers' labels are words: worded again after a language switch.
  const wording = useWording();
  const terms = useMemo(
    () => (void wording, termMarkers(contractTerms(goLiveMonth, result.horizonMonths))),
    [goLiveMonth, result.horizonMonths, wording],
  );
  // The props every month chart shares: the same result, labels and month selection.
  const chartProps = { result, currency, labels, selectedMonth, onSelectMonth: select, stale };
  // Each section fails alone (shown as a message with "Try again") and retries on a new result;
  // each comes in its stage, so no one commit draws every chart (a placeholder of its height
  // holds its place until then).
  const guard = (what: string, node: ReactNode, at: number, placeholder: string) => (
    <Stage
      at={at}
      fallback={<div className={`lazy-section lazy-section--${placeholder}`} aria-hidden="true" />}
    >
      <SectionBoundary what={what} resetKey={result}>
        {node}
      </SectionBoundary>
    </Stage>
  );
  return (
    <>
      <section className="results-block results-block--chart">
        {guard(
          t('layout.what.positionChart'),
          <PlayablePositionChart {...chartProps} extraMarkers={terms} />,
          STAGES.timeline,
          'position-chart',
        )}
      </section>
      <section className="results-block" aria-labelledby="phases-title">
        <h2 id="phases-title" className="results-block__title">
          {t('layout.fivePhases')}
        </h2>
        {guard(
          t('layout.what.timeline'),
          <PhaseTimeline
            phase={result.phase}
            goLiveMonth={result.summary.goLiveMonth}
            selectedMonth={selectedMonth}
            onSelectMonth={select}
            stale={stale}
          />,
          STAGES.phases,
          'phase-timeline',
        )}
      </section>
      <section className="results-block results-block--chart">
        {guard(
          t('layout.what.marginChart'),
          <MarginChart {...chartProps} />,
          STAGES.charts,
          'chart',
        )}
      </section>
      <section className="results-block results-block--chart">
        {guard(
          t('layout.what.splitChart'),
          <RevenueSplitChart {...chartProps} />,
          STAGES.charts,
          'chart',
        )}
      </section>
      <section className="results-block results-block--chart">
        {guard(
          t('layout.what.instancesChart'),
          <InstancesChart {...chartProps} maxInstances={scenario.growth.maxInstances} />,
          STAGES.moreCharts,
          'chart',
        )}
      </section>
      {guard(
        t('layout.what.terms'),
        <TermsPanel result={result} currency={currency} labels={labels} stale={stale} />,
        STAGES.moreCharts,
        'terms',
      )}
      {guard(
        t('layout.what.fixedSplit'),
        <FixedSplitPanel result={result} currency={currency} labels={labels} stale={stale} />,
        STAGES.panels,
        'fixed-split',
      )}
      {guard(
        t('layout.what.explain'),
        <ExplainPanel result={result} currency={currency} labels={labels} />,
        STAGES.panels,
        'explain',
      )}
    </>
  );
});

/**
 * The last good result: KPIs, then the revenue-sharing timeline (right below them, so it stays
 * in view at 1280 px while the inputs scroll), the phases, the margin chart and the deeper panels.
 * While a newer run is pending the result stays, marked as updating; an invalid input or a failed
 * run never blanks it.
 */
export function ResultsPanel() {
  const result = useAppState(selectResult);
  const scenario = useAppState(selectResultScenario);
  // The KPIs follow a new result at once; the charts and panels follow in a deferred render, so
  // typing and dragging stay responsive while they catch up.
  const deferredResult = useDeferredValue(result);
  const deferredScenario = useDeferredValue(scenario);
  const stale = useStaleMark();
  return (
    <div className="results">
      <RunError />
      {result && scenario ? (
        <>
          <KeyFigures result={result} scenario={scenario} stale={stale} />
          {deferredResult && deferredScenario && (
            <Details result={deferredResult} scenario={deferredScenario} stale={stale} />
          )}
        </>
      ) : (
        <p className="results__first-run" role="status">
          Calculating the example scenario…
        </p>
      )}
    </div>
  );
}
