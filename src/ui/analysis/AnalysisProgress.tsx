import type { AnalysisProgress as Progress } from '../../engine';
import { useDelayedFlag } from '../hooks/use-delayed-flag';
import { useT } from '../i18n';

/** Work that answers sooner than this shows no progress bar (it would only flicker). */
export const PROGRESS_DELAY_MS = 300;

/**
 * Progress and a Cancel button for an analysis that has been running for more than 300 ms.
 * `progress` counts engine runs; for a scan the total is an upper bound, so the bar may end early.
 */
export function AnalysisProgress({
  running,
  progress,
  label,
  onCancel,
}: {
  running: boolean;
  progress: Progress | null;
  label: string;
  onCancel: () => void;
}) {
  const t = useT();
  const visible = useDelayedFlag(running, PROGRESS_DELAY_MS);
  if (!visible) return null;
  return (
    <div className="analysis-progress" role="status">
      <span>{label}</span>
      <progress
        max={progress?.total ?? 1}
        value={progress?.done ?? undefined}
        aria-label={
          progress
            ? t('analysis.progressRuns', { label, done: progress.done, total: progress.total })
            : t('analysis.progressStarting', { label })
        }
      />
      <button type="button" className="analysis-button" onClick={onCancel}>
        {t('analysis.cancel')}
      </button>
    </div>
  );
}
