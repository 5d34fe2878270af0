import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { usePresentation } from './presentation-store';

// Loaded on first use: the projector view is not part of the page's first download.
const PresentationView = lazy(() => import('./PresentationView'));

export function PresentationHost() {
  const open = usePresentation((s) => s.open);
  const leave = usePresentation((s) => s.leave);
  if (!open) return null;
  return (
    <SectionBoundary what="The presentation" onClose={{ label: 'Back to the page', action: leave }}>
      <Suspense fallback={null}>
        <PresentationView />
      </Suspense>
    </SectionBoundary>
  );
}
