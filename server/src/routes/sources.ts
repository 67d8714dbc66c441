import { createRoute, z } from '@hono/zod-openapi';
import { jsonResponse, SourceSchema } from '../api/schemas';
import type { Store } from '../store';
import { router } from './router';

export const sourceRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/sources',
      summary: 'The bibliography: every work the datasets cite',
      tags: ['Data'],
      responses: { 200: jsonResponse(z.object({ sources: z.array(SourceSchema) }), 'The sources') },
    }),
    (c) => c.json({ sources: store.sources }, 200),
  );
