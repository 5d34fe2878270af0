import type { MonthRange } from './zoom';
import { isWhole, MIN_SPAN } from './zoom';
import { useT } from '../i18n';

export interface ZoomControlsProps {
  /** The months shown now (inclusive). */
  range: MonthRange;
  horizon: number;
  /** Whether the range shown is the chart's fit (the story up to break-even). */
  fitShown: boolean;
  onFit: () => void;
  onWhole: () => void;
  /** factor < 1 zooms in, > 1 out. */
  onZoom: (factor: number) => void;
  /** fraction of the range's width; negative is earlier. */
  onPan: (fraction: number) => void;
}

/**
 * The buttons under a zoomable chart: the two views people ask for by name (the first
 * break-even, the whole horizon), finer zoom and moving the range, and a line saying which
 * months are shown (announced politely, so a keyboard user hears where the zoom went).
 */
export function ZoomControls(props: ZoomControlsProps) {
  const { range, horizon } = props;
  const whole = isWhole(range, horizon);
  const last = Math.max(horizon, 1);
  const t = useT();
  return (
    <div className="chart-zoom" role="group" aria-label={t('zoom.group')}>
      <button
        type="button"
        className="chart-zoom__button"
        aria-pressed={props.fitShown && !whole}
        onClick={props.onFit}
      >
        {t('zoom.fit')}
      </button>
      <button
        type="button"
        className="chart-zoom__button"
        aria-pressed={whole}
        onClick={props.onWhole}
      >
        {t('zoom.whole')}
      </button>
      <span className="chart-zoom__fine">
        <button
          type="button"
          className="chart-zoom__button"
          aria-label={t('zoom.in')}
          title={t('zoom.inTitle')}
          disabled={range[1] - range[0] <= MIN_SPAN - 1}
          onClick={() => props.onZoom(0.5)}
        >
          +
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label={t('zoom.out')}
          title={t('zoom.outTitle')}
          disabled={whole}
          onClick={() => props.onZoom(2)}
        >
          −
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label={t('zoom.earlier')}
          title={t('zoom.earlier')}
          disabled={range[0] <= 1}
          onClick={() => props.onPan(-0.5)}
        >
          ←
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label={t('zoom.later')}
          title={t('zoom.later')}
          disabled={range[1] >= last}
          onClick={() => props.onPan(0.5)}
        >
          →
        </button>
      </span>
      <span className="chart-zoom__status" aria-live="polite" data-testid="chart-zoom-status">
        {whole
          ? t('zoom.all', { months: last })
          : t('zoom.range', { first: range[0], last: Math.min(range[1], last), months: last })}
        <span className="chart-zoom__hint">{t('zoom.hint')}</span>
      </span>
    </div>
  );
}
