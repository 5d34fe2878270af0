import { ScenarioForm } from './form/ScenarioForm';
import { AppHeader } from './layout/AppHeader';
import { ResultsPanel } from './layout/ResultsPanel';
import { MessageBanner, PresetsBar, SavedScenariosPanel, SharingToolbar } from './sharing';
import { MonthsPanel } from './table/MonthsPanel';
import './layout/layout.css';

/**
 * The page: header, the inputs on the left, the results (KPIs, phases, charts) on the right.
 * Features that act on the whole scenario (sharing, presets) go into the header's actions.
 */
export function App() {
  return (
    <div className="app">
      <AppHeader actions={<SharingToolbar />} />
      <MessageBanner />
      <div className="app-main">
        <aside className="inputs-panel" aria-labelledby="inputs-title">
          <h2 id="inputs-title" className="panel-title">
            Inputs
          </h2>
          <PresetsBar />
          <ScenarioForm />
          <SavedScenariosPanel />
        </aside>
        <main className="results-panel" aria-label="Results">
          <ResultsPanel />
        </main>
      </div>
      {/* Month by month (the monthly table and CSV export): full width, below inputs and results. */}
      <MonthsPanel />
    </div>
  );
}
