/** The app's pages, by pathname (shared/API.md, "Web routes"). */
export type Route =
  | { page: 'explorer' }
  | { page: 'compare' }
  | { page: 'embed-map' }
  | { page: 'embed-chart'; chart: string }
  | { page: 'not-found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'explorer' };
  if (path === '/compare') return { page: 'compare' };
  if (path === '/embed/map') return { page: 'embed-map' };
  const chart = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (chart) return { page: 'embed-chart', chart };
  return { page: 'not-found' };
}
