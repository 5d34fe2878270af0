import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { selectPresentationOpen, useAppState } from '../../state';

// Loaded on first use: the projector view is not part of the page's first download.
const PresentationView = lazy(() => import('./PresentationView'));

export function PresentationHost() {
  const open = useAppState(selectPresentationOpen);
  const leave = useAppState((s) => s.leavePresentation);
  if (!open) return null;
  return (
    <SectionBoundary what="The presentation" onClose={{ label: 'Back to the page', action: leave }}>
      <Suspense fallback={null}>
        <PresentationView />
      </Suspense>
    </SectionBoundary>
  );
}
