import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width or height of an element, following resizes (ResizeObserver). Until the first
 * measurement, and where layout gives 0 (test DOMs), `fallback` stands in.
 */
export function useElementSize<T extends HTMLElement>(side: 'width' | 'height', fallback: number) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (s: number) => {
      if (s > 0) setSize(Math.round(s));
    };
    measure(el.getBoundingClientRect()[side]);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) measure(e.contentRect[side]);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [side]);
  return [ref, size] as const;
}
