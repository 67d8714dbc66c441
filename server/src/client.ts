/** What the web app may take from the server: the type of its routes, for Hono's typed client. */
export type { AppType } from './app';
