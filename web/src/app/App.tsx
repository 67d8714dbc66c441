/**
 * The app shell: the header and the page for the current pathname. Pages load on demand, so a
 * chart embed never downloads the map library and the map never downloads the charts.
 */
import { lazy, Suspense } from 'react';
import { PlaceholderPage } from '../pages/PlaceholderPage';
import { useLocation } from './location';
import { LoadingState } from './QueryStatus';
import { matchRoute } from './routes';

const ExplorerPage = lazy(() => import('../explorer/ExplorerPage'));
const MapEmbedPage = lazy(() => import('../pages/MapEmbedPage'));

export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  if (route.page === 'embed-map' || route.page === 'embed-chart') {
    return (
      <main className="embed">
        <Suspense fallback={<LoadingState what="the map" />}>
          {route.page === 'embed-map' ? (
            <MapEmbedPage />
          ) : (
            <PlaceholderPage title={`Chart “${route.chart}”`}>
              <p>
                The interactive chart is coming soon. Meanwhile it is available as an image:{' '}
                <a href={`/api/charts/${route.chart}.svg${window.location.search}`}>SVG</a>
              </p>
            </PlaceholderPage>
          )}
        </Suspense>
      </main>
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
          <a href="/api/docs">API</a>
        </nav>
      </header>
      <main id="main" className="app-main">
        <Suspense fallback={<LoadingState what="the atlas" />}>
          {route.page === 'explorer' && <ExplorerPage />}
          {route.page === 'compare' && (
            <PlaceholderPage title="Compare countries">
              <p>The side-by-side comparison of the three countries is coming soon.</p>
            </PlaceholderPage>
          )}
          {route.page === 'not-found' && (
            <PlaceholderPage title="Nothing here">
              <p>There is no page at {pathname}.</p>
            </PlaceholderPage>
          )}
        </Suspense>
      </main>
    </div>
  );
}
