import { selectRunError, useAppState, useAppStoreApi } from '../../state';
import { useT } from '../i18n';

/** A failed calculation, in words; the figures below stay those of the last working inputs. */
export function RunError() {
  const error = useAppState(selectRunError);
  const store = useAppStoreApi();
  const t = useT();
  if (!error) return null;
  return (
    <div className="run-error" role="alert" data-testid="run-error">
      <p className="run-error__text">{t('layout.runFailed', { message: error.message })}</p>
      <button type="button" className="button" onClick={() => store.getState().retryRun()}>
        {t('layout.tryAgain')}
      </button>
    </div>
  );
}
