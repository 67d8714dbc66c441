import { createRoute, z } from '@hono/zod-openapi';
import {
  CountrySchema,
  EventSchema,
  jsonResponse,
  problemResponse,
  SourceSchema,
  TenureSchema,
} from '../api/schemas';
import { PROBLEM_TYPE, problemBody } from '../http/problem';
import type { Store } from '../store';
import { router } from './router';

export const countryRoutes = (store: Store) =>
  router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/countries',
        summary: 'The countries with a dataset',
        tags: ['Data'],
        responses: {
          200: jsonResponse(z.object({ countries: z.array(CountrySchema) }), 'Countries'),
        },
      }),
      (c) => c.json({ countries: store.countries }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/countries/{id}',
        summary: 'A country’s whole dataset: events, leaders and the sources they cite',
        tags: ['Data'],
        request: {
          params: z.object({
            id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'HU' }),
          }),
        },
        responses: {
          200: jsonResponse(
            z.object({
              country: CountrySchema,
              events: z.array(EventSchema),
              leaders: z.array(TenureSchema),
              sources: z.array(SourceSchema),
            }),
            'The dataset',
          ),
          404: problemResponse('No such country'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        const country = store.country(id);
        if (!country) {
          const detail = `No country "${id.slice(0, 40)}"; known: ${store.countryIds.join(', ')}.`;
          return c.json(problemBody(404, detail), 404, { 'content-type': PROBLEM_TYPE });
        }
        const events = store.events.filter((event) => event.country === id);
        const leaders = store.tenures.filter((tenure) => tenure.country === id);
        const cited = new Set([...events, ...leaders].flatMap((record) => record.sources));
        const sources = store.sources.filter((source) => cited.has(source.id));
        return c.json({ country, events, leaders, sources }, 200);
      },
    );
