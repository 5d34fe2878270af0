import { Suspense, lazy, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ScenarioComparePanel } from './compare-scenarios/ScenarioComparePanel';
import { GoalSeekPanel } from './goal-seek/GoalSeekPanel';
import { SensitivityPanel } from './sensitivity/SensitivityPanel';
import { useT } from '../i18n';
import './analysis.css';

// Its own chunk: the risk view and its charts load when the tab is first opened.
const RiskPanel = lazy(() => import('../risk/RiskPanel'));

const TABS = [
  { id: 'sensitivity', title: 'analysis.tabSensitivity', Panel: SensitivityPanel },
  { id: 'goal-seek', title: 'analysis.tabGoalSeek', Panel: GoalSeekPanel },
  { id: 'compare', title: 'analysis.tabCompare', Panel: ScenarioComparePanel },
  { id: 'risk', title: 'analysis.tabRisk', Panel: RiskPanel },
] as const;

/**
 * The Analysis section: sensitivity, goal seek and side-by-side scenarios, as tabs (WAI-ARIA tabs
 * pattern: arrow keys, Home and End move between tabs). Only the open tab is mounted, so only its
 * work runs; all of it runs in the analysis worker. Loaded lazily, after the first results.
 */
export default function AnalysisSection() {
  const t = useT();
  const [active, setActive] = useState(0);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const { Panel } = TABS[active] ?? TABS[0];

  const onKeyDown = (e: KeyboardEvent) => {
    const last = TABS.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = active === last ? 0 : active + 1;
    if (e.key === 'ArrowLeft') next = active === 0 ? last : active - 1;
    if (e.key === 'Home') next = 0;
    if (e.key === 'End') next = last;
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    tabs.current[next]?.focus();
  };

  return (
    <section className="analysis results-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="results-block__title">
        {t('analysis.title')}
      </h2>
      <div
        className="analysis-tabs"
        role="tablist"
        aria-label={t('analysis.title')}
        onKeyDown={onKeyDown}
      >
        {TABS.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            id={`${id}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={i === active}
            aria-controls={`${id}-panel`}
            tabIndex={i === active ? 0 : -1}
            className="analysis-tab"
            onClick={() => setActive(i)}
          >
            {t(tab.title)}
          </button>
        ))}
      </div>
      <div
        id={`${id}-panel`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-${TABS[active]?.id ?? 'sensitivity'}`}
        className="analysis-panel"
      >
        <Suspense fallback={<p role="status">{t('analysis.loading')}</p>}>
          <Panel />
        </Suspense>
      </div>
    </section>
  );
}
