import { createRoute, z } from '@hono/zod-openapi';
import { Licence, PERIOD } from '@thaw/data';
import { jsonResponse } from '../api/schemas';
import { dataPackage } from '../format/dataPackage';
import type { Store } from '../store';
import { router } from './router';

export const MetaSchema = z
  .object({
    name: z.literal('Thaw Atlas'),
    /** The release a citation names; null for datasets that are not a published release. */
    version: z.string().nullable().openapi({ example: '1.0.0' }),
    published: z.iso.date().nullable().openapi({ example: '2026-12-06' }),
    /** The hash of the dataset files: what every ETag derives from, released or not. */
    contents: z.string().openapi({ example: '532de77bab4f1bb1' }),
    licence: Licence.nullable(),
    period: z.object({ start: z.iso.date(), end: z.iso.date() }),
    counts: z.object({
      countries: z.int(),
      events: z.int(),
      tenures: z.int(),
      places: z.int(),
      sources: z.int(),
      stories: z.int(),
    }),
  })
  .openapi('Meta');
export type Meta = z.infer<typeof MetaSchema>;

export const metaOf = (store: Store): Meta => ({
  name: 'Thaw Atlas',
  version: store.release?.version ?? null,
  published: store.release?.published ?? null,
  contents: store.version,
  licence: store.release?.licence ?? null,
  period: { ...PERIOD },
  counts: {
    countries: store.countries.length,
    events: store.events.length,
    tenures: store.tenures.length,
    places: store.places.length,
    sources: store.sources.length,
    stories: store.stories.length,
  },
});

export const metaRoutes = (store: Store) => {
  const meta = metaOf(store);
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/meta',
        summary: "The dataset's version, licence and size: what a citation names",
        tags: ['Data'],
        responses: { 200: jsonResponse(MetaSchema, 'The dataset release and its counts') },
      }),
      (c) => c.json(meta, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/data.zip',
        summary: 'The whole dataset as a package: CSV files, a README of every column, the licence',
        tags: ['Data'],
        responses: {
          200: {
            description: 'A zip of events.csv, leaders.csv, places.csv, sources.csv and README.md',
            content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } },
          },
        },
      }),
      (c) => {
        const origin = new URL(c.req.url).origin;
        const zip = dataPackage(store, meta, `${origin}/api/data.zip`);
        const name = `thaw-atlas-data-${meta.version ?? meta.contents}.zip`;
        return c.body(new Uint8Array(zip), 200, {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="${name}"`,
        });
      },
    );
};
