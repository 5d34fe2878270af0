/**
 * The results below the KPI cards, from a chunk of their own: the first paint shows the inputs
 * and the KPIs without downloading and running the chart library; the charts and panels follow
 * as soon as the chunk is in. Same names and props as the components they stand for.
 */
import { lazySection, once } from './lazy-section';

export const loadResultSections = once(() => import('./result-sections'));

export const PlayablePositionChart = lazySection(
  () => loadResultSections().then((m) => m.PlayablePositionChart),
  'position-chart',
);
export const PhaseTimeline = lazySection(
  () => loadResultSections().then((m) => m.PhaseTimeline),
  'phase-timeline',
);
export const MarginChart = lazySection(
  () => loadResultSections().then((m) => m.MarginChart),
  'chart',
);
export const RevenueSplitChart = lazySection(
  () => loadResultSections().then((m) => m.RevenueSplitChart),
  'chart',
);
export const InstancesChart = lazySection(
  () => loadResultSections().then((m) => m.InstancesChart),
  'chart',
);
export const TermsPanel = lazySection(
  () => loadResultSections().then((m) => m.TermsPanel),
  'terms',
);
export const FixedSplitPanel = lazySection(
  () => loadResultSections().then((m) => m.FixedSplitPanel),
  'fixed-split',
);
export const ExplainPanel = lazySection(
  () => loadResultSections().then((m) => m.ExplainPanel),
  'explain',
);
