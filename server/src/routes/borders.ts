import { readFileSync } from 'node:fs';
import { createRoute, z } from '@hono/zod-openapi';
import { BORDERS_PATH } from '@thaw/data';
import { router } from './router';

export const borderRoutes = () => {
  const borders = JSON.parse(readFileSync(BORDERS_PATH, 'utf8'));
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/api/borders',
      summary: 'The state borders of Europe and its neighbours as they were in 1953–1968',
      description:
        'A GeoJSON FeatureCollection; each feature’s properties are {id, name} (SU, PL, HU, DD, DE, CS, …).',
      tags: ['Data'],
      responses: {
        200: {
          description: 'The borders',
          content: {
            'application/geo+json': {
              schema: z
                .object({
                  type: z.literal('FeatureCollection'),
                  features: z.array(
                    z.object({
                      type: z.literal('Feature'),
                      properties: z.object({ id: z.string(), name: z.string() }),
                      geometry: z.object({
                        type: z.enum(['Polygon', 'MultiPolygon']),
                        coordinates: z.array(z.unknown()),
                      }),
                    }),
                  ),
                })
                .openapi('Borders'),
            },
          },
        },
      },
    }),
    (c) => c.json(borders, 200, { 'content-type': 'application/geo+json; charset=utf-8' }),
  );
};
