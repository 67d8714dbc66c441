/**
 * The Thaw Atlas server: the public API of shared/API.md over the loaded datasets, its OpenAPI
 * document and reference page, and the built web app, behind one set of HTTP rules.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { responseCache } from './http/cache';
import { requestLimits } from './http/limits';
import { requestLog } from './http/log';
import { problem, rejectInvalid } from './http/problem';
import { securityHeaders } from './http/security';
import { webApp } from './http/static';
import { borderRoutes } from './routes/borders';
import { chartRoutes } from './routes/charts';
import { countryRoutes } from './routes/countries';
import { docsRoutes, OPENAPI_INFO } from './routes/docs';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { leaderRoutes } from './routes/leaders';
import { sourceRoutes } from './routes/sources';
import { statsRoutes } from './routes/stats';
import type { Store } from './store';

/** The typed API: the routes the web client (`hc`) and the OpenAPI document are made from. */
export function apiRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: rejectInvalid })
    .route('/', healthRoutes())
    .route('/', countryRoutes(store))
    .route('/', eventRoutes(store))
    .route('/', leaderRoutes(store))
    .route('/', statsRoutes(store))
    .route('/', sourceRoutes(store))
    .route('/', borderRoutes())
    .route('/', chartRoutes(store));
}

export type AppType = ReturnType<typeof apiRoutes>;

export interface AppOptions {
  store: Store;
  /** The built web app (`web/dist`). */
  webRoot: string;
  /** Where request lines go (default: stdout). */
  log?: (text: string) => void;
}

export function createApp({ store, webRoot, log }: AppOptions) {
  const api = apiRoutes(store);
  const app = new Hono();
  app.use(requestLog(log), securityHeaders(), requestLimits({ maxUrlLength: 4096, maxParams: 32 }));
  app.use(
    '/api/*',
    cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'], exposeHeaders: ['ETag'] }),
  );
  app.use(
    '/api/*',
    responseCache({ maxBytes: 256 * 1024 * 1024, cacheControl: 'public, max-age=300' }),
  );
  app.route('/', api);
  app.route(
    '/',
    docsRoutes(() => api.getOpenAPI31Document(OPENAPI_INFO)),
  );
  app.use(webApp(webRoot));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? problem(404, `No API resource at ${c.req.path.slice(0, 200)}. See /api/docs.`)
      : problem(404, `Nothing at ${c.req.path.slice(0, 200)}.`),
  );
  app.onError((error, c) => {
    console.error(`${c.req.method} ${c.req.path}:`, error);
    return problem(500, 'The server failed to answer this request.');
  });
  return app;
}
