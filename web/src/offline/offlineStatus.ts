/**
 * The copy of the atlas kept on this device, as the reader is told of it: whether the network is
 * there, and whether a newer version of the app or newer data waits for a reload. The service
 * worker (src/sw/sw.ts) is registered here, from the app's own bundle: the page's policy allows
 * no inline script.
 */
import { registerSW } from 'virtual:pwa-register';

export interface OfflineStatus {
  online: boolean;
  /** What a reload would bring: a new version of the app, or data newer than that shown. */
  newer: 'app' | 'data' | null;
}

let status: OfflineStatus = { online: navigator.onLine, newer: null };
const listeners = new Set<() => void>();

function change(patch: Partial<OfflineStatus>) {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

export function subscribeOfflineStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const offlineStatus = (): OfflineStatus => status;

let activateNewVersion: (() => Promise<void>) | undefined;

/** Shows what `newer` announced: the waiting version takes over, then the page reloads. */
export function reloadForNewer(): void {
  if (status.newer === 'app' && activateNewVersion) {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    void activateNewVersion();
  } else {
    window.location.reload();
  }
}

/**
 * Follows the network, and registers the service worker once the page is `drawn` (so that its
 * install does not compete with the first load). `onFirstControl` runs when the worker takes
 * over a page that loaded without it (the first visit): what it fetches then is kept.
 */
export function startOfflineSupport({
  drawn,
  onFirstControl,
}: {
  drawn: Promise<void>;
  onFirstControl(): void;
}): void {
  window.addEventListener('online', () => change({ online: true }));
  window.addEventListener('offline', () => change({ online: false }));
  if (!('serviceWorker' in navigator)) return;
  const serviceWorker = navigator.serviceWorker;
  // On the first visit the page loaded before the worker could see it: once the worker takes
  // the page over, it keeps the API answers the page already has.
  if (!serviceWorker.controller) {
    const controlled = () => {
      keepWhatWasFetched();
      onFirstControl();
    };
    serviceWorker.addEventListener('controllerchange', controlled, { once: true });
  }
  serviceWorker.addEventListener('message', (event: MessageEvent<{ meta?: string }>) => {
    // The worker refreshed a cached answer behind the page, and the new one differs.
    if (event.data?.meta === 'workbox-broadcast-update' && status.newer === null) {
      change({ newer: 'data' });
    }
  });
  void drawn.then(() => {
    activateNewVersion = registerSW({
      immediate: true,
      onNeedRefresh: () => change({ newer: 'app' }),
      // Reloading is `reloadForNewer`'s: workbox-window would not, on a first visit's page.
      onNeedReload: () => {},
    });
  });
}

/**
 * Has the worker fetch again, into its cache, every API answer the page got without it: those
 * done before it took over, and those under way then, as they complete.
 */
function keepWhatWasFetched() {
  new PerformanceObserver((list) => {
    const urlsToCache = list
      .getEntriesByType('resource')
      // Zero: the request did not pass through a service worker.
      .filter((entry) => (entry as PerformanceResourceTiming).workerStart === 0)
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/api/'))
      .map((url) => url.href);
    if (urlsToCache.length === 0) return;
    // Handled by workbox-routing's cache listener: each URL goes through the worker's routes.
    navigator.serviceWorker.controller?.postMessage({
      type: 'CACHE_URLS',
      payload: { urlsToCache },
    });
  }).observe({ type: 'resource', buffered: true });
}
