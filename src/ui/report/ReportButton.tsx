import { useAppState } from '../../state';
import { useT } from '../i18n';

/** Header button: the report view, then the browser's print dialog ("Save as PDF"). */
export function ReportButton() {
  const t = useT();
  const openReport = useAppState((s) => s.openReport);
  return (
    <button
      type="button"
      className="button button--quiet"
      data-report-button
      onClick={() => openReport(true)}
    >
      {t('report.button')}
    </button>
  );
}
