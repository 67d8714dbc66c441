/**
 * The Thaw Atlas server: the public API of shared/API.md over the loaded datasets, its OpenAPI
 * document and reference page, and the built web app, behind one set of HTTP rules.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { DestinationStream } from 'pino';
import { responseCache } from './http/cache';
import { fastPath } from './http/fastPath';
import { type Limits, requestLimits } from './http/limits';
import { requestLog, serverLog } from './http/log';
import { problem, rejectInvalid } from './http/problem';
import { securityHeaders } from './http/security';
import { webApp } from './http/static';
import { borderRoutes } from './routes/borders';
import { chartRoutes } from './routes/charts';
import { countryRoutes } from './routes/countries';
import { deckRoutes } from './routes/decks';
import { docsRoutes, OPENAPI_INFO } from './routes/docs';
import { eventRoutes } from './routes/events';
import { healthRoutes } from './routes/health';
import { leaderRoutes } from './routes/leaders';
import { mapRoutes } from './routes/maps';
import { metaRoutes } from './routes/meta';
import { oembedRoutes } from './routes/oembed';
import { placeRoutes } from './routes/places';
import { sourceRoutes } from './routes/sources';
import { statsRoutes } from './routes/stats';
import { storyRoutes } from './routes/stories';
import type { Store } from './store';

// Whoever creates the app makes the store it answers from.

/** The typed API: the routes the web client (`hc`) and the OpenAPI document are made from. */
export function apiRoutes(store: Store) {
  return new OpenAPIHono({ defaultHook: rejectInvalid })
    .route('/', healthRoutes())
    .route('/', metaRoutes(store))
    .route('/', countryRoutes(store))
    .route('/', eventRoutes(store))
    .route('/', leaderRoutes(store))
    .route('/', statsRoutes(store))
    .route('/', sourceRoutes(store))
    .route('/', placeRoutes(store))
    .route('/', storyRoutes(store))
    .route('/', borderRoutes())
    .route('/', chartRoutes(store))
    .route('/', mapRoutes(store))
    .route('/', deckRoutes(store))
    .route('/', oembedRoutes(store));
}

export type AppType = ReturnType<typeof apiRoutes>;

export interface AppOptions {
  store: Store;
  /** The built web app (`web/dist`). */
  webRoot: string;
  /** Where the log's JSON lines go (default: stdout, buffered). */
  log?: DestinationStream;
}

const LIMITS: Limits = { maxUrlLength: 4096, maxParams: 32 };

/**
 * API answers may be reused for a minute, then only after asking (a 304 while nothing changed,
 * the ETags deriving from the data and the body). The data changes only with a deploy, so a
 * minute is the most a deploy's new data is late; within it browsers, slide tools and a proxy
 * (which reads max-age as it is, no override of ours needed) answer repeats without asking.
 * `must-revalidate`: past the minute no cache may serve the old answer without asking, even
 * offline. Not `no-cache`: a caching proxy would then have to ignore our header to cache at all.
 */
const API_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/**
 * The app, and its fast path: `answerFromCache` answers repeated GETs on the node:http request
 * itself, replaying what the app sent, and says false for any request the app must answer.
 */
export function createApp({ store, webRoot, log }: AppOptions) {
  const api = apiRoutes(store);
  const { logger, flush } = serverLog(log);
  const cache = responseCache({
    maxBytes: 256 * 1024 * 1024,
    cacheControl: API_CACHE_CONTROL,
    version: store.version,
  });
  const requests = requestLog(logger, cache.isHit);
  const app = new Hono();
  // The fast path replays the headers of cached answers, so every middleware must derive them
  // from the URL alone, or name what else they depend on in Vary.
  app.use(cache.recordSent, requests.middleware, securityHeaders(), requestLimits(LIMITS));
  const publicCors = cors({
    origin: '*',
    allowMethods: ['GET', 'HEAD', 'OPTIONS'],
    exposeHeaders: ['ETag'],
  });
  for (const path of ['/api/*', '/oembed']) app.use(path, publicCors, cache.middleware);
  app.route('/', api);
  app.route(
    '/',
    docsRoutes(() => api.getOpenAPI31Document(OPENAPI_INFO)),
  );
  app.use(webApp(webRoot, store.version));
  app.notFound((c) =>
    c.req.path.startsWith('/api/')
      ? problem(404, `No API resource at ${c.req.path.slice(0, 200)}. See /api/docs.`)
      : problem(404, `Nothing at ${c.req.path.slice(0, 200)}.`),
  );
  // The error and its stack go to the log, never to the client.
  app.onError((error, c) => {
    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed');
    return problem(500, 'The server failed to answer this request.');
  });
  return {
    app,
    answerFromCache: fastPath({ cache, log: requests, limits: LIMITS }),
    logger,
    flushLog: flush,
  };
}
