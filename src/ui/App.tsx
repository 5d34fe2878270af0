import { lazy, Suspense } from 'react';
import { ScenarioForm } from './form/ScenarioForm';
import { AppHeader } from './layout/AppHeader';
import { HelpButton } from './help/HelpButton';
import { IntroBanner } from './help/IntroBanner';
import { ResultsPanel } from './layout/ResultsPanel';
import { ResultBoundary } from './layout/ResultBoundary';
import { SectionBoundary } from './layout/SectionBoundary';
import { UndoRedo } from './layout/UndoRedo';
import { MessageBanner, PresetsBar, SavedScenariosPanel, SharingToolbar } from './sharing';
// The monthly table: from a chunk loaded after the first paint.
import { MonthsPanel } from './layout/lazy-months';
import { PresentButton } from './presentation/PresentButton';
import { PresentationHost } from './presentation/PresentationHost';
import { ReportButton } from './report/ReportButton';
import { ReportHost } from './report/ReportHost';
import { UpdatePrompt } from './offline/UpdatePrompt';
import { useT } from './i18n';
import { STAGES, Stage, useStagedStart } from './layout/stages';
import './layout/layout.css';

// Sensitivity, goal seek and comparisons: a separate chunk, loaded after the first paint.
const AnalysisSection = lazy(() => import('./analysis/AnalysisSection'));

/**
 * The page: header, the inputs on the left, the results (KPIs, phases, charts) on the right.
 * Features that act on the whole scenario (sharing, presets) go into the header's actions.
 * The key figures are rendered first; the inputs, then analysis and table, follow (stages.tsx).
 */
export function App() {
  const t = useT();
  useStagedStart();
  const analysisLoading = <p className="analysis-loading">{t('layout.loadingAnalysis')}</p>;
  return (
    <div className="app">
      <AppHeader
        actions={
          <>
            <UndoRedo />
            <HelpButton />
            <PresentButton />
            <ReportButton />
            <SharingToolbar />
          </>
        }
      />
      <MessageBanner />
      <IntroBanner />
      <div className="app-main">
        <aside className="inputs-panel" aria-labelledby="inputs-title">
          <h2 id="inputs-title" className="panel-title">
            {t('layout.inputs')}
          </h2>
          <Stage
            at={STAGES.inputs}
            fallback={<div className="lazy-section lazy-section--inputs" />}
          >
            <SectionBoundary what={t('layout.what.presets')}>
              <PresetsBar />
            </SectionBoundary>
            <SectionBoundary what={t('layout.what.form')}>
              <ScenarioForm />
            </SectionBoundary>
            <SectionBoundary what={t('layout.what.saved')}>
              <SavedScenariosPanel />
            </SectionBoundary>
          </Stage>
        </aside>
        <main className="results-panel" aria-label={t('layout.results')}>
          <ResultsPanel />
        </main>
      </div>
      <div className="analysis-area">
        {/* Also catches a chunk that fails to load (a dropped connection). */}
        <ResultBoundary what={t('layout.what.analysis')}>
          <Stage at={STAGES.analysis} fallback={analysisLoading}>
            <Suspense fallback={analysisLoading}>
              <AnalysisSection />
            </Suspense>
          </Stage>
        </ResultBoundary>
      </div>
      {/* Month by month (the monthly table and CSV export): full width, below inputs and results. */}
      <ResultBoundary what={t('layout.what.table')}>
        <Stage at={STAGES.table} fallback={<div className="lazy-section lazy-section--months" />}>
          <MonthsPanel />
        </Stage>
      </ResultBoundary>
      {/* The projector view: a modal dialog, loaded on first use. */}
      <PresentationHost />
      {/* The printable report: replaces the page while open, loaded on first use. */}
      <ReportHost />
      <UpdatePrompt />
    </div>
  );
}
