import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { usePresentation } from './presentation-store';
import { useT } from '../i18n';

// Loaded on first use: the projector view is not part of the page's first download.
const PresentationView = lazy(() => import('./PresentationView'));

export function PresentationHost() {
  const open = usePresentation((s) => s.open);
  const leave = usePresentation((s) => s.leave);
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
