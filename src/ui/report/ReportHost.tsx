import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { selectReportOpen, useAppState } from '../../state';

// Loaded on first use: the report is not part of the page's first download.
const ReportView = lazy(() => import('./ReportView'));

export function ReportHost() {
  const open = useAppState(selectReportOpen);
  const close = useAppState((s) => s.closeReport);
  if (!open) return null;
  return (
    <SectionBoundary what="The report" onClose={{ label: 'Back to the page', action: close }}>
      <Suspense fallback={null}>
        <ReportView />
      </Suspense>
    </SectionBoundary>
  );
}
