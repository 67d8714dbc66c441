/**
 * The app shell: the header and the page for the current pathname. Pages load on demand, so a
 * chart embed never downloads the map library and the map never downloads the charts.
 */
import { i18n } from '@lingui/core';
import { lazy, Suspense } from 'react';
import { LanguageMenu } from '../i18n/LanguageMenu';
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
        <Suspense fallback={<LoadingState what={i18n._('thing.map')} />}>
          <MapEmbedPage />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'embed-chart') {
    return (
      <main>
        <Suspense fallback={<LoadingState what={i18n._('thing.chart')} />}>
          <ChartEmbedPage chart={route.chart} />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'embed-story') {
    return (
      <main>
        <Suspense fallback={<LoadingState what={i18n._('thing.story')} />}>
          <StoryPage id={route.id} step={route.step} embedded />
        </Suspense>
        <OfflineNotice />
      </main>
    );
  }
  if (route.page === 'story-notes') {
    return (
      <Suspense fallback={<LoadingState what={i18n._('thing.speakerNotes')} />}>
        <StoryNotesPage id={route.id} />
      </Suspense>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {i18n._('nav.skip')}
      </a>
      <header className="app-header">
        <a className="brand" href="/">
          {i18n._('nav.brand')}
        </a>
        <p className="tagline">{i18n._('nav.tagline')}</p>
        <nav aria-label={i18n._('nav.views')}>
          <a href="/" aria-current={route.page === 'explorer' ? 'page' : undefined}>
            {i18n._('nav.map')}
          </a>
          <a href="/compare" aria-current={route.page === 'compare' ? 'page' : undefined}>
            {i18n._('nav.compare')}
          </a>
          <a href="/story/draft" aria-current={route.page === 'story-draft' ? 'page' : undefined}>
            {i18n._('nav.myStory')}
          </a>
          <a href="/api/docs">API</a>
        </nav>
        <LanguageMenu />
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<LoadingState what={i18n._('thing.atlas')} />}>
          {route.page === 'explorer' && <ExplorerPage />}
          {route.page === 'compare' && <ComparePage />}
          {(route.page === 'story-draft' ||
            route.page === 'story-draft-present' ||
            route.page === 'story-shared' ||
            route.page === 'story-open') && <AuthoringPage page={route.page} />}
          {route.page === 'story' && <StoryPage id={route.id} step={route.step} />}
          {route.page === 'story-print' && <StoryPrintPage id={route.id} />}
          {route.page === 'not-found' && (
            <PlaceholderPage title={i18n._('notFound.title')}>
              <p>{i18n._('notFound.text', { pathname })}</p>
            </PlaceholderPage>
          )}
        </Suspense>
      </main>
      <OfflineNotice />
    </div>
  );
}
