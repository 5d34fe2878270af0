import { selectRunError, useAppState, useAppStoreApi } from '../../state';

/** A failed calculation, in words; the figures below stay those of the last working inputs. */
export function RunError() {
  const error = useAppState(selectRunError);
  const store = useAppStoreApi();
  if (!error) return null;
  return (
    <div className="run-error" role="alert" data-testid="run-error">
      <p className="run-error__text">
        <strong>The calculation failed:</strong> {error.message}. The figures below are from the
        last inputs that worked.
      </p>
      <button type="button" className="button" onClick={() => store.getState().retryRun()}>
        Try again
      </button>
    </div>
  );
}
