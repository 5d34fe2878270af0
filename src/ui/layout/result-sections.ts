/**
 * Everything of the results that the first paint can do without: one chunk, fetched while the
 * KPI cards render (see lazy-results.tsx).
 */
export { InstancesChart } from '../charts/InstancesChart';
export { MarginChart } from '../charts/MarginChart';
export { RevenueSplitChart } from '../charts/RevenueSplitChart';
export { ExplainPanel } from '../explain/ExplainPanel';
export { FixedSplitPanel } from '../fixed-split/FixedSplitPanel';
export { PlayablePositionChart } from '../playback/PlayablePositionChart';
export { TermsPanel } from '../terms/TermsPanel';
export { PhaseTimeline } from '../timeline/PhaseTimeline';
