import { useEffect, useSyncExternalStore } from 'react';
import {
  applyUpdate,
  dismissUpdate,
  getState,
  startServiceWorker,
  subscribe,
} from './service-worker';
import { SectionBoundary } from '../layout/SectionBoundary';
import './update-prompt.css';

/**
 * "A new version is available" with Reload / Later, when a new deployment's service worker is
 * waiting. Never reloads by itself: a half-typed value in a field would be lost. The scenario
 * itself survives a reload (it is in the link). Also starts the service worker, after first paint.
 */
export function UpdatePrompt() {
  return (
    <SectionBoundary what="The update notice">
      <UpdateNotice />
    </SectionBoundary>
  );
}

function UpdateNotice() {
  const { updateWaiting } = useSyncExternalStore(subscribe, getState);
  useEffect(() => startServiceWorker(), []);
  return (
    <div className="update-prompt-slot" role="status">
      {updateWaiting && (
        <div className="update-prompt" data-testid="update-prompt">
          <p className="update-prompt__text">A new version is available.</p>
          <div className="update-prompt__actions">
            <button type="button" className="button" onClick={() => void applyUpdate()}>
              Reload
            </button>
            <button type="button" className="button button--quiet" onClick={dismissUpdate}>
              Later
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
