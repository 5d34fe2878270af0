import { lazy, Suspense } from 'react';
import { usePresentation } from './presentation-store';

// Loaded on first use: the projector view is not part of the page's first download.
const PresentationView = lazy(() => import('./PresentationView'));

export function PresentationHost() {
  const open = usePresentation((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <PresentationView />
    </Suspense>
  );
}
