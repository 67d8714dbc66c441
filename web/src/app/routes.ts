/** The app's pages, by pathname (shared/API.md, "Web routes"). */
export type Route =
  | { page: 'explorer' }
  | { page: 'compare' }
  | { page: 'embed-map' }
  | { page: 'embed-chart'; chart: string }
  | { page: 'story-draft' }
  | { page: 'story-draft-present' }
  | { page: 'story-shared' }
  | { page: 'story-open' }
  | { page: 'not-found' };

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { page: 'explorer' };
  if (path === '/compare') return { page: 'compare' };
  if (path === '/embed/map') return { page: 'embed-map' };
  // The reader's own stories, before any story id could claim these names.
  if (path === '/story/draft') return { page: 'story-draft' };
  if (path === '/story/draft/present') return { page: 'story-draft-present' };
  if (path === '/story/shared') return { page: 'story-shared' };
  if (path === '/story/open') return { page: 'story-open' };
  const chart = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (chart) return { page: 'embed-chart', chart };
  return { page: 'not-found' };
}
