import { useAppStore } from '../../state';
import { formatMoney } from '../format/money';
import { loadMonthsPanel } from './lazy-months';
import { loadResultSections } from './lazy-results';

/**
 * Work the first result's render would otherwise do itself, moved into the wait for the engine:
 * the first money formatter (the browser loads its locale data then) and the chunks of the
 * charts and the monthly table. Each in a task of its own.
 */
export function warmUp(): void {
  const later = (work: () => unknown) => setTimeout(work, 0);
  later(() => formatMoney('0', useAppStore.getState().scenario.currency));
  later(() => void loadResultSections().catch(() => undefined));
  later(() => void loadMonthsPanel().catch(() => undefined));
}
