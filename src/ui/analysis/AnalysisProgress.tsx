import type { AnalysisProgress as Progress } from '../../engine';
import { useShownAfter } from '../hooks/use-shown-after';

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
  const visible = useShownAfter(running, PROGRESS_DELAY_MS);
  if (!visible) return null;
  return (
    <div className="analysis-progress" role="status">
      <span>{label}</span>
      <progress
        max={progress?.total ?? 1}
        value={progress?.done ?? undefined}
        aria-label={`${label}: ${progress ? `${progress.done} of about ${progress.total} engine runs` : 'starting'}`}
      />
      <button type="button" className="analysis-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
