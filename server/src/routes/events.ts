import { createRoute, z } from '@hono/zod-openapi';
import { eventsToCsv } from '@thaw/data/event-columns';
import { categoriesParam, fromParam, listParam, orderedSpan, toParam } from '../api/params';
import { EventFeatureCollection, EventSchema, problemResponse } from '../api/schemas';
import { eventsToGeoJson } from '../format/events';
import type { Store } from '../store';
import { router } from './router';

/** The query shared by `/api/events` and the charts: which events, where and when. */
export const eventFilter = (store: Store) =>
  z.object({
    countries: listParam(store.countryIds as [string, ...string[]], 'country', 'PL,HU'),
    categories: categoriesParam,
    from: fromParam,
    to: toParam,
  });

export const eventRoutes = (store: Store) =>
  router().openapi(
    createRoute({
      method: 'get',
      path: '/api/events',
      summary: 'Events, filtered by country, category and time, as JSON, GeoJSON or CSV',
      description:
        'An event is included when its span [start, end ?? start] overlaps [from, to]. Sorted by start, then id.',
      tags: ['Data'],
      request: {
        query: eventFilter(store)
          .extend({
            format: z
              .enum(['json', 'geojson', 'csv'], {
                error: (issue) =>
                  `unknown format "${String(issue.input)}" (expected json, geojson or csv)`,
              })
              .default('json')
              .openapi({ description: 'Response format.', example: 'geojson' }),
          })
          .superRefine(orderedSpan),
      },
      responses: {
        200: {
          description: 'The events',
          content: {
            'application/json': { schema: z.object({ events: z.array(EventSchema) }) },
            'application/geo+json': { schema: EventFeatureCollection },
            'text/csv': {
              schema: z.string().openapi({ description: 'One row per event, with a header.' }),
            },
          },
        },
        400: problemResponse('Invalid parameters'),
      },
    }),
    (c) => {
      const { format, from = '0001-01-01', to = '9999-12-31', ...filter } = c.req.valid('query');
      const events = store.queryEvents({ ...filter, from, to });
      if (format === 'csv') {
        return c.body(eventsToCsv(events), 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': 'inline; filename="thaw-atlas-events.csv"',
        });
      }
      if (format === 'geojson') {
        return c.json(eventsToGeoJson(events), 200, {
          'content-type': 'application/geo+json; charset=utf-8',
        });
      }
      return c.json({ events }, 200);
    },
  );
