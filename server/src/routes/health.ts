import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse } from '../api/schemas';
import { router } from './router';

// The server listens only once the datasets have loaded and passed every check.
export const healthRoutes = () =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/healthz',
      summary: 'Liveness: 200 once the datasets are loaded and valid',
      tags: ['Service'],
      responses: { 200: jsonResponse(z.object({ status: z.literal('ok') }), 'Ready') },
    }),
    (c) => c.json({ status: 'ok' as const }, 200),
  );
