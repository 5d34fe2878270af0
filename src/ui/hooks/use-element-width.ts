import { useElementSize } from './use-element-size';

/** The rendered width of an element, following resizes; `fallback` until measured (or in test DOMs). */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  return useElementSize<T>('width', fallback);
}
