import { useDeferredValue, useMemo } from 'react';
import { contractTerms } from '../../engine';
import type { Scenario, SimulationResult } from '../../engine';
import { selectResult, selectResultScenario, useAppState } from '../../state';
import { useSelection } from '../../state/selection';
import { MarginChart } from '../charts/MarginChart';
import { ComparePanel } from '../compare/ComparePanel';
import { ExplainPanel } from '../explain/ExplainPanel';
import { KpiCards } from '../kpi/KpiCards';
import { TermsPanel } from '../terms/TermsPanel';
import { termMarkers } from '../terms/term-markers';
import { PlayablePositionChart } from '../playback/PlayablePositionChart';
import { PhaseTimeline } from '../timeline/PhaseTimeline';
import { RunError } from './RunError';
import { useStaleMark } from './use-stale-mark';

function Results({ result, scenario }: { result: SimulationResult; scenario: Scenario }) {
  const stale = useStaleMark();
  const selectedMonth = useSelection((s) => s.selectedMonth);
  const select = useSelection((s) => s.select);
  // Labels and currency of the scenario the result was computed from, so figures and names agree.
  const labels = useMemo(
    () => ({ msp: scenario.msp.label, isv: scenario.isv.label }),
    [scenario.msp.label, scenario.isv.label],
  );
  const { currency } = scenario;
  const { goLiveMonth } = result.summary;
  const terms = useMemo(
    () => termMarkers(contractTerms(goLiveMonth, result.horizonMonths)),
    [goLiveMonth, result.horizonMonths],
  );
  return (
    <>
      <KpiCards result={result} currency={currency} labels={labels} stale={stale} />
      <section className="results-block results-block--chart">
        <PlayablePositionChart
          result={result}
          currency={currency}
          labels={labels}
          selectedMonth={selectedMonth}
          onSelectMonth={select}
          stale={stale}
          extraMarkers={terms}
        />
      </section>
      <section className="results-block" aria-labelledby="phases-title">
        <h2 id="phases-title" className="results-block__title">
          The five phases
        </h2>
        <PhaseTimeline
          phase={result.phase}
          goLiveMonth={result.summary.goLiveMonth}
          selectedMonth={selectedMonth}
          onSelectMonth={select}
          stale={stale}
        />
      </section>
      <section className="results-block results-block--chart">
        <MarginChart
          result={result}
          currency={currency}
          labels={labels}
          selectedMonth={selectedMonth}
          onSelectMonth={select}
          stale={stale}
        />
      </section>
      <TermsPanel result={result} currency={currency} labels={labels} stale={stale} />
      <ComparePanel result={result} currency={currency} labels={labels} stale={stale} />
      <ExplainPanel result={result} currency={currency} labels={labels} />
    </>
  );
}

/**
 * The last good result: KPIs, then the revenue-sharing timeline (right below them, so it stays
 * in view at 1280 px while the inputs scroll), the phases, the margin chart and the deeper panels.
 * While a newer run is pending the result stays, marked as updating; an invalid input or a failed
 * run never blanks it.
 */
export function ResultsPanel() {
  // Deferred: a new result re-renders the KPIs and charts in a background (time-sliced) render,
  // so typing and dragging stay responsive while the figures catch up.
  const result = useDeferredValue(useAppState(selectResult));
  const scenario = useDeferredValue(useAppState(selectResultScenario));
  return (
    <div className="results">
      <RunError />
      {result && scenario ? (
        <Results result={result} scenario={scenario} />
      ) : (
        <p className="results__first-run" role="status">
          Calculating the example scenario…
        </p>
      )}
    </div>
  );
}
