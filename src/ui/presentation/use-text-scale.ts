import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The charts' usual type size, in px. */
const CHART_TEXT_PX = 12;

/**
 * How much larger than on the page the chart's axis type is drawn: nearly the view's own type
 * size, which scales with the screen (about 16 px at 1280×720, 24 px at 1920×1080), so the axes
 * read from the back of a room. Never smaller than on the page.
 */
export function useTextScale(ref: RefObject<HTMLElement | null>): number {
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      if (!(px > 0)) return;
      // In twentieths, so sub-pixel resizes do not redraw the chart.
      setScale(Math.max(1, Math.round(((px * 0.95) / CHART_TEXT_PX) * 20) / 20));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref]);
  return scale;
}
