import { createRoute, z } from '@hono/zod-openapi';
import { dayParam, fromParam, listParam, orderedSpan, rolesParam, toParam } from '../api/params';
import { jsonResponse, problemResponse, TenureSchema } from '../api/schemas';
import type { Store } from '../store';
import { router } from './router';

export const leaderRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/leaders',
      summary:
        'Party and government leaders and heads of state: those in office on a day, or during a span',
      description:
        'Give `at` for the tenures in force that day, or `from`/`to` for those overlapping the span (not both); `roles` picks among party, government and state (the head of state). Sorted by country, role, start.',
      tags: ['Data'],
      request: {
        query: z
          .object({
            countries: listParam(store.countryIds as [string, ...string[]], 'country', 'PL'),
            roles: rolesParam,
            at: dayParam,
            from: fromParam,
            to: toParam,
          })
          .superRefine(orderedSpan)
          .superRefine((query, context) => {
            if (query.at && (query.from || query.to)) {
              context.addIssue({
                code: 'custom',
                path: ['at'],
                message: 'give either at or from/to, not both',
              });
            }
          }),
      },
      responses: {
        200: jsonResponse(z.object({ tenures: z.array(TenureSchema) }), 'The tenures'),
        400: problemResponse('Invalid parameters'),
      },
    }),
    (c) => {
      const { at, from, to, ...filter } = c.req.valid('query');
      const tenures = store.queryTenures({
        ...filter,
        from: at ?? from ?? '0001-01-01',
        to: at ?? to ?? '9999-12-31',
      });
      return c.json({ tenures }, 200);
    },
  );
