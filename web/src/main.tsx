import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
// One stylesheet per feature, in this order: later files may refine earlier ones.
import './styles/base.css';
import './styles/controls.css';
import './styles/explorer.css';
import './styles/panels.css';
import './styles/event-details.css';
import './styles/timeline.css';
import './styles/table.css';
import './styles/states.css';
import './styles/compare.css';
import './styles/charts.css';
import './styles/embed.css';
import './styles/offline.css';
import './styles/story.css';
import './styles/video.css';
import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchEveryPage, prefetchFirstData } from './app/prefetch';
import { matchRoute } from './app/routes';
import { activatePageLocale, choosePageLocale } from './i18n/pageLocale';
import { startOfflineSupport } from './offline/offlineStatus';
import { pageDrawn } from './offline/pageDrawn';
import { applyPalette } from './style/palette';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: 2,
      retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 5000),
      refetchOnWindowFocus: false,
    },
  },
});

applyPalette(document.documentElement);

const route = matchRoute(window.location.pathname);
prefetchFirstData(route, queryClient);
startOfflineSupport({
  drawn: pageDrawn(route),
  onFirstControl: () => void prefetchEveryPage(route, queryClient),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The catalog (a few kB) loads while the data does; nothing is drawn in the wrong language.
await activatePageLocale(choosePageLocale(window.location.search, navigator.languages));
createRoot(root).render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </I18nProvider>
  </StrictMode>,
);
