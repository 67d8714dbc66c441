/**
 * When the page has drawn what it was opened for: a map page at its map's first idle (the map's
 * box says `data-idle="true"`, map/AtlasMap.tsx), any other page at its load event; at the latest
 * after `LATEST_MS`, should a map never settle. The service worker is registered then: installing,
 * it fetches every file of the app, and on a first visit that competed with the map's own first
 * load (its first idle came about 15% later, tests/bench/firstIdle.ts).
 */
import type { Route } from '../app/routes';

const LATEST_MS = 15_000;
const MAP_PAGES: readonly Route['page'][] = ['explorer', 'embed-map'];

export function pageDrawn(route: Route): Promise<void> {
  return new Promise((resolve) => {
    const latest = window.setTimeout(resolve, LATEST_MS);
    const done = () => {
      window.clearTimeout(latest);
      resolve();
    };
    if (!MAP_PAGES.includes(route.page)) {
      if (document.readyState === 'complete') done();
      else window.addEventListener('load', done, { once: true });
      return;
    }
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-idle="true"]')) return;
      observer.disconnect();
      done();
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-idle'] });
  });
}
