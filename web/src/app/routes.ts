/** The app's pages, by pathname (shared/API.md, "Web routes"; README, "Stories"). */
export type Route =
  | { page: 'explorer' }
  | { page: 'compare' }
  | { page: 'embed-map' }
  | { page: 'embed-chart'; chart: string }
  | { page: 'story-draft' }
  | { page: 'story-draft-present' }
  | { page: 'story-shared' }
  | { page: 'story-open' }
  | StoryRoute
  | { page: 'story-notes'; id: string }
  | { page: 'story-print'; id: string }
  | { page: 'not-found' };

/**
 * A story at one of its steps: `/story/{id}` (step 1), `/story/{id}/{step}`, and the same under
 * `/embed/`. `step` is 1-based as the URL writes it, or null when the URL's step is no number;
 * whether the story has that many steps is for the page to say.
 */
export interface StoryRoute {
  page: 'story' | 'embed-story';
  id: string;
  step: number | null;
}

const STORY = /^\/(embed\/)?story\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/([^/]+))?$/;
const STORY_PAGE = /^\/story\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(notes|print)$/;

/** A step number as the URL writes it: a positive whole number without leading zeros. */
export function parseStepNumber(segment: string | undefined): number | null {
  if (segment === undefined) return 1;
  return /^[1-9]\d{0,3}$/.test(segment) ? Number(segment) : null;
}

/** The path of a story's step (`index` 0-based), in the app or as an embed. */
export function storyStepPath(id: string, index: number, embed = false): string {
  return `${embed ? '/embed' : ''}/story/${id}/${index + 1}`;
}

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
  const storyPage = STORY_PAGE.exec(path);
  if (storyPage?.[1]) {
    return { page: storyPage[2] === 'notes' ? 'story-notes' : 'story-print', id: storyPage[1] };
  }
  const story = STORY.exec(path);
  if (story?.[2]) {
    return {
      page: story[1] ? 'embed-story' : 'story',
      id: story[2],
      step: parseStepNumber(story[3]),
    };
  }
  const chart = /^\/embed\/([a-z0-9-]+)$/.exec(path)?.[1];
  if (chart) return { page: 'embed-chart', chart };
  return { page: 'not-found' };
}

/** Pages made to be framed by other sites: the server sends them with the embeds' headers. */
export const isEmbedPage = (route: Route): boolean =>
  route.page === 'embed-map' || route.page === 'embed-chart' || route.page === 'embed-story';
