import { selectRunError, useAppState } from '../../state';

/** A failed calculation, in words; the figures below stay those of the last working inputs. */
export function RunError() {
  const error = useAppState(selectRunError);
  if (!error) return null;
  return (
    <div className="run-error" role="alert">
      <strong>The calculation failed:</strong> {error.message}. The figures below are from the last
      inputs that worked.
    </div>
  );
}
