import { useDeferredValue } from 'react';
import { selectIsUpdating, selectResult, selectResultScenario, useAppState } from '../../state';
import { MonthsSection } from './MonthsSection';

/**
 * The monthly table and CSV export, fed from the app store: the last result and the scenario it
 * was computed from (so labels, currency and file name match the figures shown).
 */
export function MonthsPanel() {
  // Deferred like the charts: a new result re-renders the table in a background render, so
  // typing in the form stays responsive.
  const result = useDeferredValue(useAppState(selectResult));
  const scenario = useDeferredValue(useAppState(selectResultScenario));
  const updating = useAppState(selectIsUpdating);
  if (!result || !scenario) return null;
  return (
    <div className={updating ? 'months-panel is-stale' : 'months-panel'} aria-busy={updating}>
      <MonthsSection result={result} scenario={scenario} />
    </div>
  );
}
