/**
 * The app shell: the header and the page for the current pathname. Pages load on demand, so a
 * chart embed never downloads the map library and the map never downloads the charts.
 */
import { lazy, Suspense } from 'react';
import { OfflineNotice } from '../offline/OfflineNotice';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { LoadingState } from '../ui/QueryStatus';
import { useLocation } from './location';
import { matchRoute } from './routes';

const ExplorerPage = lazy(() => import('../explorer/ExplorerPage'));
const ComparePage = lazy(() => import('../compare/ComparePage'));
const MapEmbedPage = lazy(() => import('../pages/MapEmbedPage'));
const ChartEmbedPage = lazy(() => import('../pages/ChartEmbedPage'));
const AuthoringPage = lazy(() => import('../authoring/AuthoringPage'));
const StoryPage = lazy(() => import('../story/StoryPage'));
const StoryNotesPage = lazy(() => import('../story/StoryNotesPage'));
const StoryPrintPage = lazy(() => import('../story/StoryPrintPage'));

export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  if (route.page === 'embed-map') {
    return (
      <main className="embed">
        <Suspense fallback={<LoadingState what="the map" />}>
          <MapEmbedPage />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'embed-chart') {
    return (
      <main>
        <Suspense fallback={<LoadingState what="the chart" />}>
          <ChartEmbedPage chart={route.chart} />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'embed-story') {
    return (
      <main>
        <Suspense fallback={<LoadingState what="the story" />}>
          <StoryPage id={route.id} step={route.step} embedded />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'story-notes') {
    return (
      <Suspense fallback={<LoadingState what="the speaker notes" />}>
        <StoryNotesPage id={route.id} />
      </Suspense>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="app-header">
        <a className="brand" href="/">
          Thaw Atlas
        </a>
        <p className="tagline">
          Soviet Union, Poland and Hungary from Stalin’s death to Prague, 1953–1968
        </p>
        <nav aria-label="Views">
          <a href="/" aria-current={route.page === 'explorer' ? 'page' : undefined}>
            Map
          </a>
          <a href="/compare" aria-current={route.page === 'compare' ? 'page' : undefined}>
            Compare
          </a>
          <a href="/story/draft" aria-current={route.page === 'story-draft' ? 'page' : undefined}>
            My story
          </a>
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<LoadingState what="the atlas" />}>
          {route.page === 'explorer' && <ExplorerPage />}
          {route.page === 'compare' && <ComparePage />}
          {(route.page === 'story-draft' ||
            route.page === 'story-draft-present' ||
            route.page === 'story-shared' ||
            route.page === 'story-open') && <AuthoringPage page={route.page} />}
          {route.page === 'story' && <StoryPage id={route.id} step={route.step} />}
          {route.page === 'story-print' && <StoryPrintPage id={route.id} />}
          {route.page === 'not-found' && (
            <PlaceholderPage title="Nothing here">
              <p>There is no page at {pathname}.</p>
            </PlaceholderPage>
          )}
        </Suspense>
      </main>
      <OfflineNotice />
    </div>
  );
}
