import { selectIsFirstRun, selectRunError, useAppState } from '../../state';
import { useStaleMark } from './use-stale-mark';

/**
 * One line saying whether the figures are current. Announced politely to screen readers; during a
 * drag it changes at most between two words, so it does not chatter.
 */
export function RunStatus() {
  const updating = useStaleMark();
  const first = useAppState(selectIsFirstRun);
  const error = useAppState(selectRunError);
  let text = 'Up to date';
  let tone = 'ok';
  if (error) {
    text = 'Calculation failed';
    tone = 'error';
  } else if (updating || first) {
    text = 'Updating…';
    tone = 'busy';
  }
  return (
    <p className={`run-status run-status--${tone}`} role="status" data-testid="run-status">
      {text}
    </p>
  );
}
