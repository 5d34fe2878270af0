// First: the Trusted Types policy must exist before any worker starts.
import './trusted-types';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app';
import { App } from './ui/App';
import { SectionBoundary } from './ui/layout/SectionBoundary';
import { initialLanguage, startLanguage } from './ui/i18n';
import './ui/app.css';

// Before the first render: a shared link's scenario is the first one simulated, and the engine
// starts before React renders, so the first result is on its way during the first paint.
boot();
// The words: the chosen language's catalogue, before the first paint so no key ever shows.
await startLanguage(initialLanguage());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {/* The last resort: each section has its own boundary, so this should never show. */}
      <SectionBoundary what="The simulator">
        <App />
      </SectionBoundary>
    </StrictMode>,
  );
}
