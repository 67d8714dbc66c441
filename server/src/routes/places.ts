import { createRoute, z } from '@hono/zod-openapi';
import { dayParam } from '../api/params';
import { jsonResponse, PlaceSchema, problemResponse } from '../api/schemas';
import type { Store } from '../store';
import { router } from './router';

export const placeRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/places',
      summary: 'The gazetteer: every place the events name, with its names over time',
      description:
        'Give `at` to have each place named as on that day (Stalinogród for Katowice in 1955); without it, `name` is the modern name. Sorted by id.',
      tags: ['Data'],
      request: { query: z.object({ at: dayParam }) },
      responses: {
        200: jsonResponse(z.object({ places: z.array(PlaceSchema) }), 'The places'),
        400: problemResponse('Invalid parameters'),
      },
    }),
    (c) => {
      const { at } = c.req.valid('query');
      return c.json({ places: at ? store.placesAt(at) : store.places }, 200);
    },
  );
