/**
 * One small line, bottom left, on every page: when the network is gone (the atlas goes on from
 * its copy on this device) and when a reload would bring a newer version or newer data.
 */
import { i18n } from '@lingui/core';
import { useSyncExternalStore } from 'react';
import { offlineStatus, reloadForNewer, subscribeOfflineStatus } from './offlineStatus';

const NEWER = {
  app: () => i18n._('offline.newApp'),
  data: () => i18n._('offline.newData'),
} as const;

export function OfflineNotice() {
  const { online, newer } = useSyncExternalStore(subscribeOfflineStatus, offlineStatus);
  const shown = !online || newer !== null;
  return (
    // Always in the page, so that screen readers announce what appears in it.
    <div className="offline-notice" role="status" data-shown={shown}>
      {!online && <span>{i18n._('offline.offline')}</span>}
      {newer !== null && (
        <span>
          {NEWER[newer]()}{' '}
          <button type="button" className="button" onClick={reloadForNewer}>
            {i18n._('offline.reload')}
          </button>
        </span>
      )}
    </div>
  );
}
