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
  // Each state's title says what it means for the figures shown ("Up to date": of these inputs).
  let text = t('status.ok');
  let title = t('status.okTitle');
  let tone = 'ok';
  if (error) {
    text = t('status.failed');
    title = '';
    tone = 'error';
  } else if (updating || first) {
    text = t('status.updating');
    title = t('status.updatingTitle');
    tone = 'busy';
  } else if (formInvalid) {
    // Not "up to date": the figures are those of the last valid inputs, not of what is typed.
    text = t('status.invalid');
    title = t('status.invalidTitle');
    tone = 'busy';
  }
  return (
    <p
      className={`run-status run-status--${tone}`}
      role="status"
      data-testid="run-status"
      title={title || undefined}
    >
      {text}
    </p>
  );
}
