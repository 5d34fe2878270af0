import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { SectionBoundary } from './ui/layout/SectionBoundary';
import { warmUp } from './ui/layout/warm-up';

/** After the first commit, while the engine computes the first result: what its render needs. */
function WarmUp() {
  useEffect(warmUp, []);
  return null;
}

/**
 * React and the page, from a chunk of their own (main.tsx imports it at once): its modules run
 * in a task of their own instead of lengthening the entry's. The first commit replaces the
 * prerendered first screen, if one is shown, with the same markup.
 */
export function mount(root: HTMLElement): void {
  // A transition: React renders the page in slices that leave the main thread free in between.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        {/* The last resort: each section has its own boundary, so this should never show. */}
        <SectionBoundary what="The simulator">
          <App />
        </SectionBoundary>
        <WarmUp />
      </StrictMode>,
    );
  });
}
