import { lazy, Suspense } from 'react';
import { SectionBoundary } from '../layout/SectionBoundary';
import { useReport } from './report-store';

// Loaded on first use: the report is not part of the page's first download.
const ReportView = lazy(() => import('./ReportView'));

export function ReportHost() {
  const open = useReport((s) => s.open);
  const close = useReport((s) => s.close);
  if (!open) return null;
  return (
    <SectionBoundary what="The report" onClose={{ label: 'Back to the page', action: close }}>
      <Suspense fallback={null}>
        <ReportView />
      </Suspense>
    </SectionBoundary>
  );
}
