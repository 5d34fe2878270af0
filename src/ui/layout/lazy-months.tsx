/** The monthly table and CSV export, from a chunk loaded after the first paint. */
import { lazySection, once } from './lazy-section';

export const loadMonthsPanel = once(() => import('../table/MonthsPanel'));

export const MonthsPanel = lazySection(
  () => loadMonthsPanel().then((m) => m.MonthsPanel),
  'months',
);
