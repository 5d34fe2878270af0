import type { MonthRange } from './zoom';
import { isWhole, MIN_SPAN } from './zoom';

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
  return (
    <div className="chart-zoom" role="group" aria-label="Zoom the timeline">
      <button
        type="button"
        className="chart-zoom__button"
        aria-pressed={props.fitShown && !whole}
        onClick={props.onFit}
      >
        Fit the first break-even
      </button>
      <button
        type="button"
        className="chart-zoom__button"
        aria-pressed={whole}
        onClick={props.onWhole}
      >
        Whole horizon
      </button>
      <span className="chart-zoom__fine">
        <button
          type="button"
          className="chart-zoom__button"
          aria-label="Zoom in"
          title="Zoom in (+ on the chart)"
          disabled={range[1] - range[0] <= MIN_SPAN - 1}
          onClick={() => props.onZoom(0.5)}
        >
          +
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label="Zoom out"
          title="Zoom out (− on the chart)"
          disabled={whole}
          onClick={() => props.onZoom(2)}
        >
          −
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label="Earlier months"
          title="Earlier months"
          disabled={range[0] <= 1}
          onClick={() => props.onPan(-0.5)}
        >
          ←
        </button>
        <button
          type="button"
          className="chart-zoom__button"
          aria-label="Later months"
          title="Later months"
          disabled={range[1] >= last}
          onClick={() => props.onPan(0.5)}
        >
          →
        </button>
      </span>
      <span className="chart-zoom__status" aria-live="polite" data-testid="chart-zoom-status">
        {whole ? `All ${last} months` : `Months ${range[0]}–${Math.min(range[1], last)} of ${last}`}
        <span className="chart-zoom__hint"> · drag across the chart to zoom</span>
      </span>
    </div>
  );
}
