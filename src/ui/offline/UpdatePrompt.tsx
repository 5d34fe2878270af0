import { useEffect, useSyncExternalStore } from 'react';
import {
  applyUpdate,
  dismissUpdate,
  getState,
  startServiceWorker,
  subscribe,
} from './service-worker';
import { SectionBoundary } from '../layout/SectionBoundary';
import { useT } from '../i18n';
import './update-prompt.css';

/**
 * "A new version is available" with Reload / Later, when a new deployment's service worker is
 * waiting. Never reloads by itself: a half-typed value in a field would be lost. The scenario
 * itself survives a reload (it is in the link). Also starts the service worker, after first paint.
 */
export function UpdatePrompt() {
  const t = useT();
  return (
    <SectionBoundary what={t('offline.what')}>
      <UpdateNotice />
    </SectionBoundary>
  );
}

function UpdateNotice() {
  const t = useT();
  const { updateWaiting } = useSyncExternalStore(subscribe, getState, getState);
  useEffect(() => startServiceWorker(), []);
  return (
    <div className="update-prompt-slot" role="status">
      {updateWaiting && (
        <div className="update-prompt" data-testid="update-prompt">
          <p className="update-prompt__text">{t('offline.available')}</p>
          <div className="update-prompt__actions">
            <button type="button" className="button" onClick={() => void applyUpdate()}>
              {t('offline.reload')}
            </button>
            <button type="button" className="button button--quiet" onClick={dismissUpdate}>
              {t('offline.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
