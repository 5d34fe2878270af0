import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { selectPresentationOpen, useAppState } from '../../state';
import { useT } from '../i18n';

// Loaded on first use: the projector view is not part of the page's first download.
const PresentationView = lazy(() => import('./PresentationView'));

export function PresentationHost() {
  const open = useAppState(selectPresentationOpen);
  const leave = useAppState((s) => s.leavePresentation);
  const t = useT();
  if (!open) return null;
  return (
    <SectionBoundary what={t('present.what')} onClose={{ label: t('present.back'), action: leave }}>
      <Suspense fallback={null}>
        <PresentationView />
      </Suspense>
    </SectionBoundary>
  );
}
