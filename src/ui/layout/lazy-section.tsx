import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import './lazy-section.css';

/**
 * A component from a chunk loaded on first render, shown meanwhile as an empty box of the
 * height it will have (`placeholder` names it in lazy-section.css), so nothing below it moves
 * when it arrives. The chunk's promise is shared, so every part of one chunk loads with the first.
 */
export function lazySection<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: string,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazySection(props: P) {
    return (
      <Suspense
        fallback={
          <div className={`lazy-section lazy-section--${placeholder}`} aria-hidden="true" />
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazySection;
}

/** Loads a chunk once; later calls get the same promise (a failed load is tried again). */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
