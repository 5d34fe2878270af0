// First: the Trusted Types policy must exist before any worker starts.
import './trusted-types';
import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app';
import { App } from './ui/App';
import { SectionBoundary } from './ui/layout/SectionBoundary';
import { initialLanguage, startLanguage } from './ui/i18n';
import { warmUp } from './ui/layout/warm-up';
import { firstResult } from './ui/layout/stages';
import { useAppStore } from './state';
import './ui/app.css';

// The words: the chosen language's catalogue is requested first, so it downloads while boot works.
const language = startLanguage(initialLanguage());
// Before the first render: a shared link's scenario is the first one simulated, and the engine
// starts before React renders, so the first result is on its way during the first paint.
boot();
// The first paint waits for the catalogue, so no key and no wrong language ever shows, and for the
// first result (briefly), so the top of the page is laid out once, with its figures.
await Promise.all([language, firstResult(useAppStore)]);

/** After the first commit, while the engine computes the first result: what its render needs. */
function WarmUp() {
  useEffect(warmUp, []);
  return null;
}

const root = document.getElementById('root');
if (root) {
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
