import { lazy, Suspense } from 'react';
import { useReport } from './report-store';

// Loaded on first use: the report is not part of the page's first download.
const ReportView = lazy(() => import('./ReportView'));

export function ReportHost() {
  const open = useReport((s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ReportView />
    </Suspense>
  );
}
