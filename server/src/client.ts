/**
 * The typed API client for the web app: paths, parameters and responses come from the routes.
 */
import { hc } from 'hono/client';
import type { AppType } from './app';

export const createApiClient = (baseUrl: string, options?: Parameters<typeof hc>[1]) =>
  hc<AppType>(baseUrl, options);

export type ApiClient = ReturnType<typeof createApiClient>;
