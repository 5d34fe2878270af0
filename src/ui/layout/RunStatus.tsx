import { selectFormInvalid, selectIsFirstRun, selectRunError, useAppState } from '../../state';
import { useT } from '../i18n';
import { useStaleMark } from '../hooks/use-stale-mark';

/**
 * One line saying whether the figures are current. Announced politely to screen readers; during a
 * drag it changes at most between two words, so it does not chatter.
 */
export function RunStatus() {
  const t = useT();
  const updating = useStaleMark();
  const first = useAppState(selectIsFirstRun);
  const error = useAppState(selectRunError);
  const formInvalid = useAppState(selectFormInvalid);
  let text = t('status.ok');
  let tone = 'ok';
  if (error) {
    text = t('status.failed');
    tone = 'error';
  } else if (updating || first) {
    text = t('status.updating');
    tone = 'busy';
  } else if (formInvalid) {
    // Not "up to date": the figures are those of the last valid inputs, not of what is typed.
    text = t('status.invalid');
    tone = 'busy';
  }
  return (
    <p className={`run-status run-status--${tone}`} role="status" data-testid="run-status">
      {text}
    </p>
  );
}
