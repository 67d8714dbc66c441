/**
 * The service worker (built to `/sw.js`): after one visit the app's pages open with the network
 * off. The app's files are precached at install; the API's data is answered from the cache at
 * once and refreshed behind it, with a message to the pages when a refresh brought newer data.
 */
import { BroadcastUpdatePlugin } from 'workbox-broadcast-update';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { isEmbedPage, matchRoute } from '../app/routes';
import { EMBED_DOCUMENT } from './embedDocument';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** The runtime caches: the API's data, and chart drawings (bounded, being many). */
const CACHES = { data: 'thaw-data', charts: 'thaw-charts' } as const;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open page over, so that what it fetches next is kept too.
clientsClaim();

// Every page of the app is index.html, but the server frames only the embeds' copy: each kind
// of page gets the copy the server sent with that page's own headers.
const appDocument = createHandlerBoundToURL('/index.html');
const embedDocument = createHandlerBoundToURL(EMBED_DOCUMENT);
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' &&
    url.origin === self.location.origin &&
    matchRoute(url.pathname).page !== 'not-found',
  (options) => {
    return isEmbedPage(matchRoute(options.url.pathname))
      ? embedDocument(options)
      : appDocument(options);
  },
);

const isApi = (url: URL, prefix: string) =>
  url.origin === self.location.origin && url.pathname.startsWith(prefix);

registerRoute(
  ({ request, url }) => request.mode !== 'navigate' && isApi(url, '/api/charts/'),
  new StaleWhileRevalidate({
    cacheName: CACHES.charts,
    plugins: [new ExpirationPlugin({ maxEntries: 80 })],
  }),
);

registerRoute(
  ({ request, url }) =>
    request.mode !== 'navigate' &&
    isApi(url, '/api/') &&
    !isApi(url, '/api/charts/') &&
    !isApi(url, '/api/docs'),
  new StaleWhileRevalidate({
    cacheName: CACHES.data,
    // The refresh asks the server each time (a 304 when nothing changed), not the HTTP cache's
    // copy of up to 5 minutes: newer data is found on the next load.
    fetchOptions: { cache: 'no-cache' },
    plugins: [
      // A month's leaders, a filter's figures: one entry each, the least recently used go first.
      new ExpirationPlugin({ maxEntries: 400 }),
      // Every answer has an ETag of its body: another ETag is newer data.
      new BroadcastUpdatePlugin({ headersToCheck: ['etag'] }),
    ],
  }),
);

// A newer version waits until the reader chooses to reload (workbox-window sends this message).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
