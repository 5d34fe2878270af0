import { useAppState } from '../../state';

/** Header button: the report view, then the browser's print dialog ("Save as PDF"). */
export function ReportButton() {
  const openReport = useAppState((s) => s.openReport);
  return (
    <button
      type="button"
      className="button button--quiet"
      data-report-button
      onClick={() => openReport(true)}
    >
      Print report
    </button>
  );
}
