import { createRoute, z } from '@hono/zod-openapi';
import { categoriesParam, listParam, orderedSpan, yearParam } from '../api/params';
import { jsonResponse, problemResponse, YearlyRowSchema } from '../api/schemas';
import { FIRST_YEAR, LAST_YEAR, type Store } from '../store';
import { router } from './router';

/** The query of the yearly aggregates; the charts drawn from them take the events' query. */
const yearlyFilter = (store: Store) =>
  z
    .object({
      countries: listParam(store.countryIds as [string, ...string[]], 'country', 'SU,PL,HU'),
      categories: categoriesParam,
      from: yearParam(FIRST_YEAR, `First year (default ${FIRST_YEAR}).`),
      to: yearParam(LAST_YEAR, `Last year (default ${LAST_YEAR}).`),
    })
    .superRefine(orderedSpan);

export const statsRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/stats/yearly',
      summary: 'Events per country and year, by category, with fatality sums',
      description:
        'An event counts in the year it starts. One row per country and year, zero rows included.',
      tags: ['Data'],
      request: { query: yearlyFilter(store) },
      responses: {
        200: jsonResponse(z.object({ series: z.array(YearlyRowSchema) }), 'The yearly series'),
        400: problemResponse('Invalid parameters'),
      },
    }),
    (c) => c.json({ series: store.yearly(c.req.valid('query')) }, 200),
  );
