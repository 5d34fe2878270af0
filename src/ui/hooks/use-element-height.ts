import { useLayoutEffect, useRef, useState } from 'react';
import { useElementSize } from './use-element-size';

/** The rendered height of an element, following resizes; `fallback` until measured (or in test DOMs). */
export function useElementHeight<T extends HTMLElement>(fallback: number) {
  return useElementSize<T>('height', fallback);
}

/**
 * The plot height that makes `content` exactly fill its slot: everything around the chart's plot
 * (controls, title, legend) is measured as content height minus plot height whenever the content
 * resizes, and the plot gets the rest of the slot.
 */
export function useFillHeight(slotHeight: number, min: number, ready: boolean) {
  // The x-axis title hangs a little below the plot's box; keep it inside the slot.
  const slack = 16;
  const content = useRef<HTMLDivElement>(null);
  const [overhead, setOverhead] = useState(0);
  useLayoutEffect(() => {
    const el = content.current;
    if (!el || !ready) return;
    const measure = () => {
      const plot = el.querySelector('.time-chart__plot');
      if (!plot) return;
      const measured = Math.ceil(
        el.getBoundingClientRect().height - plot.getBoundingClientRect().height,
      );
      // Ignore sub-pixel jitter, or rounding could make the plot and its surroundings seesaw.
      setOverhead((o) => (Math.abs(measured - o) > 1 ? measured : o));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ready]);
  return [content, Math.max(min, Math.floor(slotHeight - overhead - slack))] as const;
}
